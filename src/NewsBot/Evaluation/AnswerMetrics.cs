using System.Text;

namespace NewsBot.Evaluation;

/// <summary>
/// Accumulates answer metrics: those against a gold answer over the questions that carry one, the share of
/// unanswerable questions declined, and the length of the answers given.
/// </summary>
internal sealed class AnswerMetrics
{
    private int answered;
    private int containsGold;
    private int declined;
    private int withEvidence;
    private int citationHits;
    private int precisionCount;
    private double precisionSum;
    private int supportable;
    private int supported;
    private int unanswerable;
    private int declinedRight;
    private int given;
    private long words;

    public void Add(EvalOutcome outcome)
    {
        var answer = outcome.Answer;
        if (!answer.Declined)
        {
            given++;
            words += outcome.Words;
        }

        if (outcome.Question.Unanswerable)
        {
            unanswerable++;
            declinedRight += answer.Declined ? 1 : 0;
        }

        if (outcome.ContainsGold is not { } holdsGold)
        {
            return;
        }

        answered++;
        declined += answer.Declined ? 1 : 0;
        containsGold += holdsGold ? 1 : 0;
        if (outcome.Supported is { } isSupported)
        {
            supportable++;
            supported += isSupported ? 1 : 0;
        }

        var evidence = outcome.Question.Evidence;
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

    /// <summary>Questions with a gold answer.</summary>
    public int WithGold => answered;

    /// <summary>Questions marked <c>"answerable": false</c>.</summary>
    public int Unanswerable => unanswerable;

    public double? AnswerContainsGold => Share(containsGold, answered);

    public double? CitationHit => Share(citationHits, withEvidence);

    public double? CitationPrecision => precisionCount == 0 ? null : Math.Round(precisionSum / precisionCount, 4);

    /// <summary>Share of the answers given (not declined) to gold-answer questions that cite an article holding the gold answer.</summary>
    public double? CitationSupport => Share(supported, supportable);

    public double? DeclineRate => Share(declined, answered);

    /// <summary>Share of unanswerable questions that were declined.</summary>
    public double? DeclinedRight => Share(declinedRight, unanswerable);

    /// <summary>Mean word count of the answers given (not declined) to any question.</summary>
    public double? MeanWords => given == 0 ? null : Math.Round((double)words / given, 1);

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

    /// <summary>Whether <paramref name="text"/> holds <paramref name="gold"/> once both are normalised.</summary>
    public static bool Holds(string text, string gold) => Normalize(text).Contains(Normalize(gold), StringComparison.Ordinal);

    private static double? Share(int n, int of) => of == 0 ? null : Math.Round((double)n / of, 4);
}
