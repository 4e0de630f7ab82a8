using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Ingestion.Embedding;

/// <summary>
/// Opens the configured embedding cache once for the process. A cache that cannot be opened is a warning, not a
/// failure: embedding still works, only slower.
/// </summary>
internal sealed class EmbeddingCacheHolder : IDisposable
{
    public EmbeddingCacheHolder(IOptions<EmbeddingOptions> options, ILogger<EmbeddingCacheHolder> logger)
    {
        if (options.Value.ResolveCachePath() is not { } path)
        {
            return;
        }

        try
        {
            Cache = EmbeddingCache.Open(path);
        }
        catch (IOException ex)
        {
            Log.CacheUnavailable(logger, ex.Message);
        }
    }

    /// <summary>The cache, or null when it is off or could not be opened.</summary>
    public EmbeddingCache? Cache { get; }

    public void Dispose() => Cache?.Dispose();
}
