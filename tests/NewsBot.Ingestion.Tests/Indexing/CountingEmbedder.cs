using Microsoft.Extensions.AI;
using NewsBot.Ingestion.Embedding;

namespace NewsBot.Ingestion.Tests.Indexing;

/// <summary>The hashing embedder, keeping every passage it was asked to embed.</summary>
internal sealed class CountingEmbedder : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly HashingEmbeddingGenerator inner = new(64);

    public List<string> Embedded { get; } = [];

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = values.ToList();
        lock (Embedded)
        {
            Embedded.AddRange(list);
        }

        return inner.GenerateAsync(list, options, cancellationToken);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => inner.GetService(serviceType, serviceKey);

    public void Dispose() => inner.Dispose();
}
