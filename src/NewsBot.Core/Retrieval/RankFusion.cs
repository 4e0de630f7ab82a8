using NewsBot.Core.Storage;

namespace NewsBot.Core.Retrieval;

/// <summary>Reciprocal rank fusion: a chunk scores the sum of 1/(k + rank) over the result lists it appears in.</summary>
internal static class RankFusion
{
    public static IReadOnlyList<FusedHit> Fuse(IReadOnlyList<IReadOnlyList<ChunkHit>> lists, int k)
    {
        var scores = new Dictionary<string, FusedHit>(StringComparer.Ordinal);
        foreach (var list in lists)
        {
            for (var rank = 0; rank < list.Count; rank++)
            {
                var hit = list[rank];
                var add = 1.0 / (k + rank + 1);
                scores[hit.ChunkId] = scores.TryGetValue(hit.ChunkId, out var seen)
                    ? seen with { Score = seen.Score + add }
                    : new FusedHit(hit, add);
            }
        }

        return [.. scores.Values];
    }
}
