using System.Text;

namespace NewsBot.Core.Text;

/// <summary>
/// The one text analysis every store indexes and queries with, so a word matches the same way whatever the store:
/// words as <see cref="Terms.Words"/> splits them, accents folded, function words dropped, then a light stem
/// ("Zürich's" → "zurich", "seized" → "seiz"). Also gives the term weights of a sparse vector.
/// </summary>
public static class TextAnalyzer
{
    /// <summary>BM25's term-frequency saturation: a fourth mention of a word adds far less than the first.</summary>
    private const float K1 = 1.2f;

    /// <summary>How much a headline word counts against a passage word (the embedded store's BM25 column weights are 1.0 and 0.4).</summary>
    public const float TitleWeight = 0.4f;

    /// <summary>The analyzed terms of <paramref name="text"/> in order, repeats kept.</summary>
    public static IEnumerable<string> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var word in Terms.Words(text))
        {
            var folded = AccentFolding.Fold(word);
            if (!Terms.IsStopWord(folded))
            {
                yield return Terms.Stem(folded);
            }
        }
    }

    /// <summary>The distinct analyzed terms of several query words (each may hold more than one word), in order of first appearance.</summary>
    public static IReadOnlyList<string> QueryTerms(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var word in words)
        {
            foreach (var term in Analyze(word ?? string.Empty))
            {
                if (seen.Add(term))
                {
                    result.Add(term);
                }
            }
        }

        return result;
    }

    /// <summary>A document's sparse vector: each distinct term weighted by its saturated frequency, tf·(k1+1)/(tf+k1).</summary>
    public static SparseTerms DocumentWeights(string text) => ToSparse(Saturated(text, 1f, []));

    /// <summary>
    /// A passage's sparse vector with its article's headline: the saturated frequencies of the passage's terms plus
    /// <see cref="TitleWeight"/> times those of the headline's, as BM25 over two weighted columns adds them.
    /// </summary>
    public static SparseTerms DocumentWeights(string text, string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return ToSparse(Saturated(title, TitleWeight, Saturated(text, 1f, [])));
    }

    /// <summary>A query's sparse vector: each distinct analyzed term once, weight 1 (the store weighs terms by rarity).</summary>
    public static SparseTerms QueryWeights(IEnumerable<string> words) =>
        ToSparse(QueryTerms(words).Select(TermIndex).Distinct().ToDictionary(i => i, _ => 1f));

    /// <summary>The stable index of a term in a sparse vector: its 32-bit FNV-1a hash of the UTF-8 bytes.</summary>
    public static uint TermIndex(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(term))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash;
    }

    /// <summary>Adds <paramref name="weight"/> times each term's saturated frequency in <paramref name="text"/> to <paramref name="weights"/>.</summary>
    private static Dictionary<uint, float> Saturated(string text, float weight, Dictionary<uint, float> weights)
    {
        var counts = new Dictionary<uint, int>();
        foreach (var term in Analyze(text))
        {
            var index = TermIndex(term);
            counts[index] = counts.GetValueOrDefault(index) + 1;
        }

        foreach (var (index, count) in counts)
        {
            weights[index] = weights.GetValueOrDefault(index) + (weight * count * (K1 + 1) / (count + K1));
        }

        return weights;
    }

    private static SparseTerms ToSparse(Dictionary<uint, float> weights)
    {
        if (weights.Count == 0)
        {
            return SparseTerms.Empty;
        }

        var indices = weights.Keys.Order().ToArray();
        return new SparseTerms(indices, [.. indices.Select(i => weights[i])]);
    }
}
