namespace NewsBot.Core.Storage;

/// <summary>
/// A store that fuses keyword and vector search on its own side, in one request (Qdrant: a sparse and a dense
/// prefetch fused by reciprocal rank). Optional: retrieval falls back to its own fusion of
/// <see cref="IChunkStore.SearchLexicalAsync"/> and <see cref="IChunkStore.SearchVectorAsync"/> for a store without it.
/// </summary>
public interface IHybridChunkSearch
{
    /// <summary>Chunks matching the query's words or near its vector, best fused score first (higher is better).</summary>
    Task<IReadOnlyList<ChunkHit>> SearchHybridAsync(HybridQuery query, SearchFilter filter, int limit, CancellationToken cancellationToken);
}
