namespace NewsBot.Core.Storage;

/// <summary>The two candidate lists of one hybrid search, each best first.</summary>
/// <param name="Lexical">Chunks matching the query's analyzed terms, scored by BM25-style term weights (higher is better).</param>
/// <param name="Semantic">Chunks nearest the query's vector, scored by cosine.</param>
public sealed record HybridHits(IReadOnlyList<ChunkHit> Lexical, IReadOnlyList<ChunkHit> Semantic);
