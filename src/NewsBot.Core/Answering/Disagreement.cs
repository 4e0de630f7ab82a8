using System.Text.RegularExpressions;
using NewsBot.Core.Retrieval;
using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>
/// Finds where two outlets give different figures for the same thing: sentences that share topic words and put a
/// different number before the same unit ("212 million crowns" against "240 million crowns").
/// </summary>
internal static partial class Disagreement
{
    private const int MinSharedWords = 2;

    /// <summary>
    /// One sentence saying what the cited outlets differ on, or null when they do not differ in any figure: "The outlets
    /// differ on the cost: 240 million crowns (Valley Courier) [2] against 212 million crowns (Harbour Gazette) [1]."
    /// Only figures <paramref name="compared"/> accepts ("240 million crowns") are compared; all when it is null.
    /// </summary>
    public static string? Describe(IReadOnlyList<RetrievedArticle> articles, IReadOnlyList<Citation> citations, IReadOnlySet<string> asked, Func<string, bool>? compared = null)
    {
        for (var i = 0; i < articles.Count; i++)
        {
            for (var j = i + 1; j < articles.Count; j++)
            {
                var (a, b) = (articles[i], articles[j]);
                if (a.Outlet is null || b.Outlet is null || string.Equals(a.Outlet, b.Outlet, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (Conflict(a, b, compared ?? (_ => true)) is { } conflict)
                {
                    var na = citations.First(c => c.ArticleId == a.ArticleId).Number;
                    var nb = citations.First(c => c.ArticleId == b.ArticleId).Number;
                    var topic = Topic(conflict.A, conflict.B, asked);
                    return $"The outlets differ on {topic}: {conflict.A.Text} ({a.Outlet}) [{na}] against {conflict.B.Text} ({b.Outlet}) [{nb}].";
                }
            }
        }

        return null;
    }

    /// <summary>
    /// What the figures measure: the word both sentences share that stands nearest before the figure in the first
    /// ("the full cost at 240 million"), else a shared word of the question; "the figures" when none is shared.
    /// </summary>
    private static string Topic(Figure a, Figure b, IReadOnlySet<string> asked)
    {
        var unit = Terms.Words(a.Unit).Select(Terms.Stem).ToHashSet(StringComparer.Ordinal);
        var shared = a.Words.Intersect(b.Words).Where(w => !unit.Contains(w) && !char.IsDigit(w[0])).ToHashSet(StringComparer.Ordinal);
        var before = Terms.Words(a.Sentence[..Math.Max(0, a.Sentence.IndexOf(a.Text, StringComparison.Ordinal))])
            .Where(w => !Terms.IsStopWord(w))
            .Reverse()
            .FirstOrDefault(w => shared.Contains(Terms.Stem(w)))
            ?? shared.FirstOrDefault(asked.Contains);
        return before is null ? "the figures" : "the " + before;
    }

    private static (Figure A, Figure B)? Conflict(RetrievedArticle a, RetrievedArticle b, Func<string, bool> compared)
    {
        var figuresB = Figures(b).ToList();
        foreach (var fa in Figures(a).Where(f => compared(f.Text)))
        {
            foreach (var fb in figuresB)
            {
                if (fa.Unit == fb.Unit && fa.Number != fb.Number && SharedTopicWords(fa, fb) >= MinSharedWords)
                {
                    return (fa, fb);
                }
            }
        }

        return null;
    }

    /// <summary>Topic words both sentences use, not counting the unit itself.</summary>
    private static int SharedTopicWords(Figure a, Figure b)
    {
        var unit = Terms.Words(a.Unit).Select(Terms.Stem).ToHashSet(StringComparer.Ordinal);
        return a.Words.Intersect(b.Words).Count(w => !unit.Contains(w));
    }

    private static IEnumerable<Figure> Figures(RetrievedArticle article)
    {
        foreach (var sentence in article.Passages.SelectMany(p => SentenceSplitter.SplitText(p.Text)).Distinct(StringComparer.Ordinal))
        {
            var words = Terms.Keywords(sentence).Where(w => !char.IsDigit(w[0])).Select(Terms.Stem).ToHashSet(StringComparer.Ordinal);
            foreach (Match match in FigurePattern().Matches(sentence))
            {
                // A year dates a thing rather than measures it ("the 2024 Republican convention" against "the 2028
                // Republican convention" are two events, not two outlets differing), and a figure followed by "and" or
                // "the" does not say what it counts.
                var unit = match.Groups["unit"].Value.ToLowerInvariant();
                if (IsYear(match.Groups["number"].Value) || Terms.IsStopWord(unit))
                {
                    continue;
                }

                yield return new Figure(match.Groups["number"].Value.TrimEnd('.', ','), unit, match.Value.Trim(), words) { Sentence = sentence };
            }
        }
    }

    private static bool IsYear(string number) =>
        number.Length == 4 && int.TryParse(number, out var year) && year is >= 1800 and <= 2100;

    [GeneratedRegex(@"(?<number>\d[\d,]*(?:\.\d+)?)\s+(?<unit>(?:million|billion|thousand|percent|per cent)\s+\p{L}+|\p{L}{3,})", RegexOptions.CultureInvariant)]
    private static partial Regex FigurePattern();

    private sealed record Figure(string Number, string Unit, string Text, IReadOnlySet<string> Words)
    {
        public string Sentence { get; init; } = "";
    }
}
