using System.Text.RegularExpressions;

namespace NewsBot.Core.Answering;

/// <summary>
/// A level or a price that "goes down" falls, which is how a report says it: "is the river going down" is answered by
/// "forecasters expect the water to fall slowly". Without this, "down" counted as a word the story must hold, and the
/// flood story was declined. Only going (or coming) down is read so: "struck down" and "step down" mean other things,
/// and "going up" is already answered by the rises a report gives. What "went wrong with" something is what happened to
/// it: no report writes "wrong" where it tells that a boat lost power. Money one gets back is a refund, as a report says:
/// "can we get our money back" would otherwise be answered by crews who "go back to work".
/// </summary>
internal static partial class PhrasalVerbs
{
    private static readonly Dictionary<string, string> Falling = new(StringComparer.OrdinalIgnoreCase)
    {
        ["go"] = "fall", ["goes"] = "falls", ["going"] = "falling", ["gone"] = "fallen", ["went"] = "fell",
        ["come"] = "fall", ["comes"] = "falls", ["coming"] = "falling", ["came"] = "fell",
    };

    /// <summary>
    /// The question with "go (back) down" written as "fall", in the verb's own form ("gone down" as "fallen"), "what went
    /// wrong with" as "what happened to" and "get my money back" as "get a refund".
    /// </summary>
    public static string Mend(string question) =>
        MoneyBack().Replace(
            WentWrong().Replace(GoingDown().Replace(question, m => Falling[m.Groups[1].Value]), m => m.Groups[1].Value + " happened to"),
            m => m.Groups[1].Value + " a refund");

    [GeneratedRegex(@"\b(go|goes|going|gone|went|come|comes|coming|came)\s+(?:back\s+)?down\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoingDown();

    /// <summary>"What went wrong with", "what has gone wrong with", "what was wrong with": the asking word is kept.</summary>
    [GeneratedRegex(@"\b(what)\s+(?:(?:has|had)\s+gone|went|goes|go|was|is|'s|’s)\s+wrong\s+with\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WentWrong();

    /// <summary>"Get my money back", "getting their money back": the verb is kept.</summary>
    [GeneratedRegex(@"\b(get|gets|getting|got|want|wants)\s+(?:(?:my|our|your|their|his|her|the)\s+)?money\s+back\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoneyBack();
}
