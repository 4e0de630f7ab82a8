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

    [GeneratedRegex(@"\s+[|–—]\s+[^|–—]{2,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex SiteSuffix();
}
