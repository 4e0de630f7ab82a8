using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using NewsBot.Core.Text;

namespace NewsBot.Ingestion.Embedding;

/// <summary>
/// The offline default embedder: hashed word unigrams, word bigrams and character n-grams of words, with sublinear
/// term frequency, folded into a fixed number of signed dimensions and normalised to unit length. Deterministic,
/// no network, no model download; close texts share words and word pieces, so they land close together.
/// </summary>
internal sealed class HashingEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>Name recorded in the store; change it whenever the features change.</summary>
    public const string Name = "hashing-v1";

    private const float UnigramWeight = 1.0f;
    private const float BigramWeight = 0.6f;
    private const float CharGramWeight = 0.25f;
    private const int CharGram = 4;

    private readonly EmbeddingGeneratorMetadata metadata;

    public HashingEmbeddingGenerator(int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 16);
        Dimensions = dimensions;
        metadata = new EmbeddingGeneratorMetadata(Name, defaultModelId: Name, defaultModelDimensions: dimensions);
    }

    public int Dimensions { get; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result.Add(new Embedding<float>(Embed(value)) { ModelId = Name });
        }

        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? metadata
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
    }

    internal float[] Embed(string text)
    {
        var counts = new Dictionary<(string Feature, float Weight), int>();
        string? previous = null;
        foreach (var word in Terms.Words(text))
        {
            if (Terms.IsStopWord(word))
            {
                previous = null;
                continue;
            }

            Count(counts, ("w:" + word, UnigramWeight));
            if (previous is not null)
            {
                Count(counts, ("b:" + previous + " " + word, BigramWeight));
            }

            previous = word;
            var padded = "<" + word + ">";
            for (var i = 0; i + CharGram <= padded.Length; i++)
            {
                Count(counts, ("c:" + padded.Substring(i, CharGram), CharGramWeight));
            }
        }

        var vector = new float[Dimensions];
        foreach (var ((feature, weight), count) in counts)
        {
            var hash = Fnv1a(feature);
            var index = (int)(hash % (ulong)Dimensions);
            var sign = (hash >> 63) == 0 ? 1f : -1f;
            vector[index] += sign * weight * (1f + MathF.Log(count));
        }

        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        return vector;
    }

    private static void Count(Dictionary<(string, float), int> counts, (string, float) key) =>
        counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;

    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }

        return hash;
    }
}
