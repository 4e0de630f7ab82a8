using Microsoft.Extensions.AI;

namespace NewsBot.Ingestion.Tests.Indexing;

/// <summary>An embedder whose endpoint cannot be reached: every call fails as an HTTP client does.</summary>
internal sealed class UnreachableEmbedder : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string Reason = "Connection refused (127.0.0.1:9)";

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new HttpRequestException(Reason);

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
