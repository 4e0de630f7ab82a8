using System.Text;
using NewsBot.Core.Answering;

namespace NewsBot.Evaluation;

/// <summary>Accumulates answer metrics over questions that carry a gold answer.</summary>
internal sealed class AnswerMetrics
{
    private int answered;
    private int containsGold;
    private int declined;
    private int withEvidence;
    private int citationHits;
    private int precisionCount;
    private double precisionSum;

    public void Add(GroundedAnswer answer, string gold, IReadOnlyCollection<string> evidence)
    {
        answered++;
        declined += answer.Declined ? 1 : 0;
        containsGold += Normalize(answer.Text).Contains(Normalize(gold), StringComparison.Ordinal) ? 1 : 0;
        if (evidence.Count == 0)
        {
            return;
        }

        withEvidence++;
        citationHits += answer.Citations.Any(c => evidence.Contains(c.ArticleId)) ? 1 : 0;
        if (answer.Citations.Count > 0)
        {
            precisionCount++;
            precisionSum += (double)answer.Citations.Count(c => evidence.Contains(c.ArticleId)) / answer.Citations.Count;
        }
    }

    public double? AnswerContainsGold => Share(containsGold, answered);

    public double? CitationHit => Share(citationHits, withEvidence);

    public double? CitationPrecision => precisionCount == 0 ? null : Math.Round(precisionSum / precisionCount, 4);

    public double? DeclineRate => Share(declined, answered);

    /// <summary>Lower case, letters and digits only, single spaces, no leading article: "The Colorado Avalanche!" → "colorado avalanche".</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] is "the" or "a" or "an")
        {
            words.RemoveAt(0);
        }

        return " " + string.Join(' ', words) + " ";
    }

    private static double? Share(int n, int of) => of == 0 ? null : Math.Round((double)n / of, 4);
}
