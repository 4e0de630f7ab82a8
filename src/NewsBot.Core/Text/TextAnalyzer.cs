using System.Text;

namespace NewsBot.Core.Text;

/// <summary>
/// The one text analysis every store indexes and queries with, so a word matches the same way whatever the store:
/// words as <see cref="Terms.Words"/> splits them, accents folded, function words dropped, then a light stem
/// ("Zürich's" → "zurich", "seized" → "seiz"). Also gives the term weights of a sparse vector.
/// </summary>
public static class TextAnalyzer
{
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

    /// <summary>
    /// A passage's sparse vector with its article's headline: each distinct term weighted as <see cref="Bm25"/> weighs
    /// it in a passage of that many terms against <paramref name="averageLength"/> (the IDF is the store's part).
    /// </summary>
    public static SparseTerms DocumentWeights(string text, string title, float averageLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(title);
        var counts = new Dictionary<uint, double>();
        var length = Count(text, 1, counts) + Count(title, Bm25.TitleWeight, counts);
        return ToSparse(counts.ToDictionary(c => c.Key, c => Bm25.TermWeight(c.Value, length, averageLength)));
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

    /// <summary>Adds <paramref name="weight"/> to each term's count in <paramref name="counts"/> per occurrence in <paramref name="text"/>; returns how many terms it holds.</summary>
    private static int Count(string text, double weight, Dictionary<uint, double> counts)
    {
        var length = 0;
        foreach (var term in Analyze(text))
        {
            var index = TermIndex(term);
            counts[index] = counts.GetValueOrDefault(index) + weight;
            length++;
        }

        return length;
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
