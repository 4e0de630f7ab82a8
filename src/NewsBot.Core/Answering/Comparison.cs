using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Core.Answering;

/// <summary>
/// A question comparing two things ("which cost more, the library or the children's ward", "was the library cheaper
/// than the ward"), asked of each on its own ("how much did the library cost"): no one sentence answers it, as no story
/// tells of both, but each thing's own answer, side by side, does.
/// </summary>
/// <param name="First">The first thing compared, as the question writes it ("the library").</param>
/// <param name="Second">The second thing compared ("the children's ward").</param>
/// <param name="FirstQuestion">What is asked of the first ("how much did the library cost").</param>
/// <param name="SecondQuestion">What is asked of the second.</param>
/// <param name="Timed">Whether it compares when each was (else how much or how big each is).</param>
internal sealed partial record Comparison(string First, string Second, string FirstQuestion, string SecondQuestion, bool Timed)
{
    /// <summary>The two things <paramref name="question"/> compares and what it asks of each; null when it compares none.</summary>
    public static Comparison? Of(string question)
    {
        var match = WhichOfTwo().Match(question) is { Success: true } which ? which : Than().Match(question);
        if (!match.Success)
        {
            return null;
        }

        var frame = Frame(match.Groups["ask"].Value, match.Groups["cmp"].Value.ToLowerInvariant());
        var (first, second) = (match.Groups["a"].Value.Trim(), match.Groups["b"].Value.Trim());
        if (frame is null || first.Length == 0 || second.Length == 0)
        {
            return null;
        }

        return new Comparison(
            first, second, string.Format(CultureInfo.InvariantCulture, frame, first), string.Format(CultureInfo.InvariantCulture, frame, second), frame.StartsWith("when", StringComparison.Ordinal));
    }

    /// <summary>
    /// The two answers side by side, each led by the thing it answers for and cited on; a thing nothing answers for says
    /// so. Declined when neither is answered.
    /// </summary>
    public GroundedAnswer Join(string question, GroundedAnswer first, GroundedAnswer second)
    {
        if (first.Declined && second.Declined)
        {
            return first with { Question = question };
        }

        var citations = first.Citations.ToList();
        var numbers = second.Citations.ToDictionary(
            c => c.Number,
            c => citations.FirstOrDefault(k => k.ArticleId == c.ArticleId)?.Number ?? Add(citations, c));
        var secondText = second.Declined ? ExtractiveAnswerService.DeclineText : AnswerClaims.Marker().Replace(Brief(second.Text, SecondQuestion), m => $"[{numbers[Number(m)]}]");
        var firstText = first.Declined ? ExtractiveAnswerService.DeclineText : Brief(first.Text, FirstQuestion);
        var text = $"{Label(First)}: {firstText} {Label(Second)}: {secondText}";

        // Only the sources the claims kept still cite, numbered from 1 in order of use.
        var used = AnswerClaims.Marker().Matches(text).Select(Number).Distinct().ToList();
        var renumbered = AnswerClaims.Marker().Replace(text, m => $"[{used.IndexOf(Number(m)) + 1}]");
        var cited = used.Select((n, i) => citations.First(c => c.Number == n) with { Number = i + 1 }).ToList();
        return new GroundedAnswer(question, first.AskedAt, renumbered, Declined: false, cited, [.. first.Passages, .. second.Passages]);
    }

    private static int Number(Match marker) => int.Parse(marker.Groups["n"].Value, CultureInfo.InvariantCulture);

    /// <summary>
    /// An answer's claims as far as the first that gives what is compared (<paramref name="asked"/> of it): a sum or a
    /// measure (see <see cref="FigureKind.Fits"/>), or for a time a day or month; only the first when none does. The
    /// rest of each story is for asking of it alone; side by side, the two figures are the answer.
    /// </summary>
    private string Brief(string text, string asked)
    {
        var claims = AnswerClaims.Claim().Matches(text).Select(m => m.Value).ToList();
        var giving = claims.FindIndex(c => Timed ? Dated().IsMatch(c) : FigureKind.Fits(asked, AnswerClaims.Marker().Replace(c, string.Empty)));
        return claims.Count == 0 ? text : string.Concat(claims.Take(giving < 0 ? 1 : giving + 1)).Trim();
    }

    private static int Add(List<Citation> citations, Citation citation)
    {
        var number = citations.Count + 1;
        citations.Add(citation with { Number = number });
        return number;
    }

    /// <summary>A thing compared as an answer's label: "the library" as "The library".</summary>
    private static string Label(string thing) => char.ToUpperInvariant(thing[0]) + thing[1..];

    /// <summary>
    /// The question asked of each thing, with <c>{0}</c> for it, by what the comparison measures: its cost, its time, its
    /// size, length, height or speed; null for a comparison of nothing measured ("which is better").
    /// </summary>
    private static string? Frame(string ask, string comparative) =>
        comparative switch
        {
            "cheaper" or "dearer" or "pricier" => "how much did {0} cost",
            _ when Costing().IsMatch(ask) => "how much did {0} cost",
            "first" or "earlier" or "sooner" or "later" or "older" or "newer" => "when was {0}",
            "bigger" or "larger" or "smaller" => "how big is {0}",
            "longer" or "shorter" => "how long is {0}",
            "higher" or "taller" or "lower" => "how high is {0}",
            "faster" or "slower" => "how fast is {0}",
            _ => null,
        };

    private const string Comparatives =
        "more|less|cheaper|dearer|pricier|bigger|larger|smaller|longer|shorter|higher|taller|lower|faster|slower|earlier|later|sooner|older|newer|first";

    /// <summary>"Which cost more, the library or the ward", "what happened first: the flood or the storm?"</summary>
    [GeneratedRegex(@"^\s*(?:which|what|who)\b(?<ask>[^,:?]*?\b(?<cmp>" + Comparatives + @")\b[^,:?]*?)\s*[,:]\s*(?<a>[^,:?]+?)\s+or\s+(?<b>[^,:?]+?)\s*[?.!]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhichOfTwo();

    /// <summary>"Was the library cheaper than the ward", "did the library cost more than the ward", "is the tram more expensive than the ferry".</summary>
    [GeneratedRegex(@"^\s*(?:is|was|are|were|did|does|do)\s+(?<a>[^?]+?)\s+(?<ask>(?:(?:cost|costs)\s+)?(?:(?:more|less)\s+expensive|(?<cmp>" + Comparatives + @")))\s+than\s+(?<b>[^?]+?)\s*[?.!]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Than();

    [GeneratedRegex(@"\b(?:cost|costs|costing|price|prices|expensive|paid|pay|spent|spend)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Costing();

    [GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Dated();
}
