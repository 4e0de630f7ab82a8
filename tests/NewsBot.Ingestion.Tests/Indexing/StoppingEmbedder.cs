using Microsoft.Extensions.AI;

namespace NewsBot.Ingestion.Tests.Indexing;

/// <summary>An embedder during whose first call the run is stopped, as a SIGTERM arriving mid-embedding would.</summary>
internal sealed class StoppingEmbedder(CancellationTokenSource stop) : IEmbeddingGenerator<string, Embedding<float>>
{
    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        await stop.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        return [];
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
