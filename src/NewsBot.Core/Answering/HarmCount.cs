using System.Text.RegularExpressions;

namespace NewsBot.Core.Answering;

/// <summary>
/// A count of people harmed ("how many people died in the flood", "how many casualties were there") that no story gives
/// as a figure may still be answered by one saying how people fared: "No injuries were reported" tells how many died. It
/// is then asked as whether anyone was harmed ("did anyone die in the flood").
/// </summary>
internal static partial class HarmCount
{
    /// <summary>The question as a yes-or-no question of harm, or null when it does not count people harmed.</summary>
    public static string? AsWhetherAny(string question)
    {
        if (Verb().Match(question) is { Success: true } v)
        {
            var verb = v.Groups["verb"].Value.ToLowerInvariant();
            var who = v.Groups["who"].Value.Trim().ToLowerInvariant();
            var rest = v.Groups["rest"].Value;
            var anyone = who is "" or "people" ? "anyone" : "any " + who;
            return verb is "died" or "die" ? $"did {anyone} die{rest}" : $"{(anyone == "anyone" ? "was" : "were")} {anyone} {verb}{rest}";
        }

        return Noun().Match(question) is { Success: true } n
            ? $"were there any {n.Groups["noun"].Value.ToLowerInvariant()}{n.Groups["rest"].Value}"
            : null;
    }

    /// <summary>"how many [people] [were] died/killed/hurt/injured …": up to two words for who is counted ("people" asks of anyone).</summary>
    [GeneratedRegex(@"^\s*how\s+many\s+(?<who>(?:[\p{L}'’-]+\s+){0,2}?)(?:(?:were|was|got|have\s+been|had\s+been)\s+)?(?<verb>died|die|killed|hurt|injured|wounded|harmed)\b(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Verb();

    /// <summary>"how many deaths/casualties/injuries [were there] …".</summary>
    [GeneratedRegex(@"^\s*how\s+many\s+(?<noun>deaths|casualties|injuries|fatalities)\b(?:\s+(?:were|was|have|had)\s+(?:there|been)(?:\s+been)?)?(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Noun();
}
