using Microsoft.Extensions.AI;

namespace NewsBot.Testing.Storage;

/// <summary>An embedder that gives every text the same vector, so a test decides by hand which chunks are near a question.</summary>
public sealed class FixedEmbedder(float[] vector) : IEmbeddingGenerator<string, Embedding<float>>
{
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new GeneratedEmbeddings<Embedding<float>>([.. values.Select(_ => new Embedding<float>(vector.ToArray()))]));

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
