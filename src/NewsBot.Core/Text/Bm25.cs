namespace NewsBot.Core.Text;

/// <summary>
/// The one keyword ranking of every store: BM25 as SQLite FTS5's <c>bm25()</c> defines it over a passage column and a
/// headline column. A term's weight in a passage is f·(k1 + 1) / (f + k1·(1 − b + b·D / avgdl)), where f counts each
/// passage occurrence 1 and each headline occurrence <see cref="TitleWeight"/>, and D is the number of terms of the
/// passage and its headline together; a query adds, for each of its terms, that weight times the term's IDF.
/// </summary>
public static class Bm25
{
    /// <summary>Term-frequency saturation: a fourth mention of a word adds far less than the first.</summary>
    public const double K1 = 1.2;

    /// <summary>Length normalisation: how much a longer passage's mentions are discounted.</summary>
    public const double B = 0.75;

    /// <summary>How much a headline word counts against a passage word (the embedded store's column weights are 1.0 and 0.4).</summary>
    public const double TitleWeight = 0.4;

    /// <summary>
    /// The average passage length (terms of a passage and its headline) for a store that writes weights ahead of
    /// knowing its passages: 56.6 on the dev slice and 56.9 on the wide one, cut at the default 128 tokens.
    /// </summary>
    public const float TypicalLength = 57f;

    /// <summary>FTS5's least IDF: a term in half the passages or more weighs almost nothing, yet still matches.</summary>
    public const double MinIdf = 1e-6;

    /// <summary>A term's weight in a passage of <paramref name="length"/> terms where it counts <paramref name="frequency"/>.</summary>
    public static float TermWeight(double frequency, int length, float averageLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(averageLength);
        return (float)(frequency * (K1 + 1) / (frequency + (K1 * (1 - B + (B * length / averageLength)))));
    }

    /// <summary>
    /// The IDF of a term from its odds (N − n + 0.5) / (n + 0.5), N passages of which n hold it: ln(odds), at least
    /// <see cref="MinIdf"/>, so a term in more than half the passages weighs almost nothing.
    /// </summary>
    public static double Idf(double odds) => odds > 1 ? Math.Max(Math.Log(odds), MinIdf) : MinIdf;
}
