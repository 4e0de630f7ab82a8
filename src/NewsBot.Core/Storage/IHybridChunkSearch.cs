namespace NewsBot.Core.Storage;

/// <summary>
/// A store that runs the keyword and the vector search of a question together (Qdrant: one batch request holding the
/// dense query, the keyword query and the keyword probes). Optional: retrieval makes the two calls
/// <see cref="IChunkStore.SearchLexicalAsync"/> and <see cref="IChunkStore.SearchVectorAsync"/> for a store without it. Either way Core fuses the two lists by score,
/// so the ranking does not change with the store (rank fusion on the store's side would lose how strongly each matched).
/// </summary>
public interface IHybridChunkSearch
{
    /// <summary>Up to <see cref="HybridQuery.CandidatePool"/> chunks from each search, each list best first.</summary>
    Task<HybridHits> SearchHybridAsync(HybridQuery query, SearchFilter filter, CancellationToken cancellationToken);
}
