using NewsBot.Core.Storage;

namespace NewsBot.Core.Retrieval;

/// <summary>
/// Fuses the keyword and the vector search by how strongly each matched, not only by rank: each list's scores are
/// scaled to 0–1 by its own best and worst candidate and mixed by <see cref="RetrievalOptions.LexicalWeight"/>.
/// A chunk found by one search only gets nothing from the other. Rank fusion would give the 150th keyword match
/// nearly what the first gets; this keeps the gap between a passage that holds every key word and one that holds one.
/// </summary>
internal static class ScoreFusion
{
    public static IReadOnlyList<FusedHit> Fuse(IReadOnlyList<ChunkHit> lexical, IReadOnlyList<ChunkHit> semantic, double lexicalWeight)
    {
        var fused = new Dictionary<string, FusedHit>(StringComparer.Ordinal);
        var lexicalBest = lexical.Count == 0 ? 0 : lexical.Max(h => h.Score);
        foreach (var hit in lexical)
        {
            var share = lexicalBest <= 0 ? 0 : Math.Max(0, hit.Score) / lexicalBest;
            fused[hit.ChunkId] = new FusedHit(hit, lexicalWeight * share) { Lexical = share };
        }

        if (semantic.Count > 0)
        {
            var best = semantic.Max(h => h.Score);
            var worst = semantic.Min(h => h.Score);
            var span = Math.Max(1e-6, best - worst);
            foreach (var hit in semantic)
            {
                var share = semantic.Count == 1 ? 1 : (hit.Score - worst) / span;
                var add = (1 - lexicalWeight) * share;
                fused[hit.ChunkId] = fused.TryGetValue(hit.ChunkId, out var seen)
                    ? seen with { Score = seen.Score + add, Cosine = hit.Score }
                    : new FusedHit(hit, add) { Cosine = hit.Score };
            }
        }

        return [.. fused.Values];
    }
}
