using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>
/// The outlets a question names ("what did the Harbour Gazette say about the tram cost", "did the Courier and the
/// Gazette agree on the cost", "what is CNN reporting on the storm"), and the question without their names. An outlet
/// is named by every word of its name, in order; one of several words also by its last word written with a capital
/// after "the" ("the Gazette"); a web outlet ("cnn.com") by its name without the domain ending. Only the outlets of the
/// articles retrieval found are looked for.
/// </summary>
/// <param name="Outlets">The outlets named, as articles give them.</param>
/// <param name="Question">The question without their names, the "the" before them and a reporting verb after them ("what did about the tram cost").</param>
internal sealed partial record NamedOutlet(IReadOnlyList<string> Outlets, string Question)
{
    /// <summary>Domain endings that are no part of an outlet's name.</summary>
    private static readonly HashSet<string> Endings = new(StringComparer.Ordinal) { "com", "org", "net", "co", "uk", "www" };

    /// <summary>The outlets <paramref name="question"/> names among <paramref name="outlets"/>; null when it names none.</summary>
    public static NamedOutlet? Find(string question, IEnumerable<string?> outlets)
    {
        var named = new List<string>();
        var rest = question;
        var uncapitalised = !question.Any(char.IsUpper);
        var known = outlets.OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(o => (Outlet: o, Name: NameWords(o)))
            .Where(o => o.Name.Count > 0)
            .OrderByDescending(o => o.Name.Count)
            .ToList();
        rest = Paired(rest, known, named);
        foreach (var (outlet, name) in known.Where(o => !named.Contains(o.Outlet)))
        {
            var match = Regex.Match(rest, Pattern(name), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            if (!match.Success && name.Count > 1)
            {
                // "the Gazette": the name's last word, capitalised as a name is; or, from an asker who writes no capitals
                // at all, where only an outlet fits ("about the tram vote in the gazette", "the courier's report", "what
                // did the wire say"), not "when does the gazette office open"
                var last = char.ToUpperInvariant(name[^1][0]) + name[^1][1..];
                match = Regex.Match(rest, @"\b[Tt]he\s+" + Regex.Escape(last) + @"(?:'s|’s)?\b", RegexOptions.CultureInvariant);
                if (!match.Success && uncapitalised)
                {
                    match = Regex.Match(rest, string.Format(CultureInfo.InvariantCulture, LowerCaseOutlet, Regex.Escape(name[^1])), RegexOptions.CultureInvariant);
                }
            }

            if (match.Success)
            {
                named.Add(outlet);

                // "What does the Harbour Gazette say the tram will cost": asked of the outlet, its saying is its report,
                // so the verb only asks what it reports ("supporters say the line will cut the journey" does not answer it).
                var after = rest[(match.Index + match.Length)..];
                after = Helper().IsMatch(rest[..match.Index]) ? Reporting().Replace(after, string.Empty, 1) : after;
                rest = (rest[..match.Index] + after).Replace("  ", " ", StringComparison.Ordinal).Trim();
            }
        }

        // "Do the Courier and the Gazette agree on the cost": of two outlets, the words comparing them only ask what each
        // reports, as a reporting verb does of one; "agree" or "difference" is no thing a story must hold.
        if (named.Count > 1)
        {
            rest = Comparing().Replace(rest, string.Empty).Replace("  ", " ", StringComparison.Ordinal).Trim();
        }

        return named.Count == 0 ? null : new NamedOutlet(named, rest);
    }

    /// <summary>
    /// Two outlets named together, by their last words or whole names, in any case: "do the courier and gazette agree",
    /// "the difference between the Gazette and the Valley Courier". Side by side, each word can only be an outlet. Adds
    /// both to <paramref name="named"/> and returns the question without them.
    /// </summary>
    private static string Paired(string question, List<(string Outlet, List<string> Name)> known, List<string> named)
    {
        var words = Terms.Words(question).ToHashSet(StringComparer.Ordinal);
        var present = known.Where(o => words.Contains(o.Name[^1])).ToList();
        foreach (var first in present)
        {
            foreach (var second in present.Where(o => o.Outlet != first.Outlet))
            {
                var pair = Regex.Match(
                    question,
                    string.Format(CultureInfo.InvariantCulture, PairedOutlets, Named(first.Name), Named(second.Name)),
                    RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
                if (pair.Success)
                {
                    named.AddRange([first.Outlet, second.Outlet]);
                    var after = question[(pair.Index + pair.Length)..];
                    after = Helper().IsMatch(question[..pair.Index]) ? Reporting().Replace(after, string.Empty, 1) : after;
                    return (question[..pair.Index] + after).Replace("  ", " ", StringComparison.Ordinal).Trim();
                }
            }
        }

        return question;
    }

    /// <summary>An outlet's last word, with its name's other words before it or not ("Gazette", "Harbour Gazette").</summary>
    private static string Named(List<string> name) =>
        string.Concat(name.SkipLast(1).Select(w => @"(?:" + Regex.Escape(w) + @"\s+)?")) + Regex.Escape(name[^1]);

    /// <summary>Two outlets' last words joined by "and", "or" or "versus", after "the".</summary>
    private const string PairedOutlets = @"\bthe\s+{0}(?:'s|’s)?\s+(?:and|or|&|vs\.?|versus)\s+(?:the\s+)?{1}(?:'s|’s)?\b";

    /// <summary>An outlet's last word written without a capital where only an outlet fits: after "in", "from", "to" or "by", before "'s", at a clause's end, or before a reporting verb or a word for its story, with up to three words of its topic between ("the gazette story", "the gazette tram story").</summary>
    private const string LowerCaseOutlet =
        @"(?:(?<=\b(?:in|from|to|by)\s)the\s+{0}(?:'s|’s)?\b|\bthe\s+{0}(?:(?:'s|’s)\b|(?=\s*(?:[?.!,;]|$))|(?=\s+(?:say|says|said|report|reports|reported|reporting|write|writes|wrote|cover|covers|covered|publish|publishes|published|claim|claims|claimed|story|stories|article|articles|piece|coverage)\b)|(?=(?:\s+[\p{{L}}\d'’-]+){{1,3}}\s+(?:story|stories|article|articles|piece|coverage)\b)))";

    private static string Pattern(List<string> name) => @"(?:\bthe\s+)?\b" + string.Join(@"\W+", name.Select(Regex.Escape)) + @"(?:'s|’s)?\b";

    private static List<string> NameWords(string outlet)
    {
        var words = Terms.Words(outlet.Replace('.', ' ')).ToList();
        var web = outlet.Contains('.', StringComparison.Ordinal) && !outlet.Contains(' ', StringComparison.Ordinal);
        return web ? [.. words.Where(w => !Endings.Contains(w))] : words;
    }

    [GeneratedRegex(@"^\s*(?:say|says|said|saying|report|reports|reported|reporting|write|writes|wrote|writing|cover|covers|covered|covering|publish|publishes|published|publishing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reporting();

    [GeneratedRegex(@"\b(?:the\s+)?(?:differences?|differ|differs|different|differently|disagree|disagrees|disagreement|agree|agrees|compare|compared|comparison|contradict|contradicts)\b(?:\s+(?:between|with|from))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Comparing();

    [GeneratedRegex(@"\b(?:does|did|do|is|was|are|were|has|have)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Helper();
}
