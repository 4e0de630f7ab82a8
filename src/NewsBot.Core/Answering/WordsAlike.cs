using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>
/// Words of the leading stories that mean what a word of the question means when the stories never use the question's
/// word: "solar" for "sun" in "how much of the library's power comes from the sun". A sentence holding such a word
/// holds that word of the question when its key words are counted.
/// </summary>
internal sealed class WordsAlike(IEmbeddingGenerator<string, Embedding<float>> embedder)
{
    /// <summary>
    /// Cosine at which a word of the stories means a key word of the question they never use (MiniLM: "solar" and "sun"
    /// 0.80, "kids" and "children" 0.88, "vessel" and "boat" 0.73; but "basketball" and "football" 0.68, "election" and
    /// "votes" 0.68, "hurricane" and "storm" 0.69).
    /// </summary>
    public const double SameMeaning = 0.7;

    /// <summary>The shortest word compared by meaning: shorter ones are mostly abbreviations and joiners.</summary>
    private const int MinLetters = 3;

    /// <summary>
    /// For each of <paramref name="keywords"/> that no sentence holds, the stems of the sentences' words at least
    /// <paramref name="similarity"/> near it in meaning, by the keyword's stem; empty when every keyword is held.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> FindAsync(
        IReadOnlyList<string> keywords, IReadOnlyList<ArticleSentence> sentences, double similarity, CancellationToken cancellationToken)
    {
        var held = sentences.SelectMany(s => s.Stems).ToHashSet(StringComparer.Ordinal);
        var missing = keywords
            .Where(k => k.Length >= MinLetters && !k.Any(char.IsDigit) && !Terms.IsStopWord(k) && !QuestionKeywords.Says(Terms.Stem(k), held))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (missing.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        }

        var words = sentences
            .SelectMany(s => Terms.Words(s.Text))
            .Where(w => w.Length >= MinLetters && !w.Any(char.IsDigit) && !Terms.IsStopWord(w))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var vectors = await embedder.GenerateAsync([.. missing, .. words], cancellationToken: cancellationToken);
        var alike = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var i = 0; i < missing.Count; i++)
        {
            var near = words
                .Where((_, j) => TensorPrimitives.CosineSimilarity(vectors[i].Vector.Span, vectors[missing.Count + j].Vector.Span) >= similarity)
                .Select(Terms.Stem)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (near.Count > 0)
            {
                alike[Terms.Stem(missing[i])] = near;
            }
        }

        return alike;
    }
}
