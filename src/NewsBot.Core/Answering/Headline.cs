using System.Text.RegularExpressions;

namespace NewsBot.Core.Answering;

/// <summary>Turns an article's title into a sentence an answer can open with.</summary>
internal static partial class Headline
{
    /// <summary>The title without a trailing site name ("… | The Week UK"), ending with a full stop, or with "…" when it was cut short.</summary>
    public static string ForAnswer(string title)
    {
        var text = SiteSuffix().Replace(title.Trim(), string.Empty).TrimEnd();
        var cut = text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('…');
        text = text.TrimEnd('.', ' ', '…', ':', ';', ',', '-', '|');
        return text.Length == 0 ? title.Trim()
            : cut ? text + " …"
            : text + (text[^1] is '?' or '!' ? string.Empty : ".");
    }

    /// <summary>
    /// Whether the title heads a digest of many stories ("5 things to know for July 5: Shooting, Ukraine, Jayland
    /// Walker …", "Replanting cacti, Muscogean heritage: News from around our 50 states", "Quiz of The Week"): it names
    /// what the day held, not what one story says, so an answer never opens with it. A run of names ("Ford, Chevrolet,
    /// BMW, Mitsubishi recall nearly 1.3 million vehicles") is one story's, and often the answer.
    /// </summary>
    public static bool HeadsADigest(string title) => Digest().IsMatch(title);

    [GeneratedRegex(@"\b(?:things (?:you need )?to know|news from around|quiz of the week|week in review)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Digest();

    [GeneratedRegex(@"\s+[|–—]\s+[^|–—]{2,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex SiteSuffix();
}
