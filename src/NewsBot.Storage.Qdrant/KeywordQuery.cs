using NewsBot.Core.Text;
using Qdrant.Client.Grpc;

namespace NewsBot.Storage.Qdrant;

/// <summary>
/// Keyword search ranked as the embedded store ranks it (<see cref="Bm25"/>). The passages' sparse vectors hold BM25's
/// term weights; Qdrant's <c>idf</c> modifier multiplies each query term by ln(1 + odds), where FTS5 takes ln(odds)
/// floored at <see cref="Bm25.MinIdf"/>, with odds = (N − n + 0.5) / (n + 0.5). So a first request probes each term
/// (its best passage and that passage's weight for it: score = Qdrant's IDF × weight), and the search itself then
/// gives each term the weight that turns Qdrant's IDF into FTS5's. A term in more than half the passages thus weighs
/// almost nothing, as in the embedded store, and a term no passage holds is left out.
/// </summary>
internal static class KeywordQuery
{
    /// <summary>One query per term of <paramref name="terms"/>: its best passage, with that passage's sparse vector.</summary>
    public static IEnumerable<QueryPoints> Probes(string collection, SparseTerms terms, Filter filter) =>
        terms.Indices.Select(index => new QueryPoints
        {
            CollectionName = collection,
            Query = Nearest(new SparseTerms([index], [1f])),
            Using = Payloads.Sparse,
            Filter = filter,
            Limit = 1,
            WithPayload = new WithPayloadSelector { Enable = false },
            WithVectors = new WithVectorsSelector { Include = new VectorsSelector { Names = { Payloads.Sparse } } },
        });

    /// <summary>
    /// The query's weights from the probes' answers (in the order of <see cref="Probes"/>): FTS5's IDF over Qdrant's for
    /// each term some passage holds; empty when none does.
    /// </summary>
    public static SparseTerms Weights(SparseTerms terms, IReadOnlyList<BatchResult> probes)
    {
        var indices = new List<uint>();
        var values = new List<float>();
        for (var i = 0; i < terms.Indices.Count && i < probes.Count; i++)
        {
            var index = terms.Indices[i];
            if (probes[i].Result.FirstOrDefault() is not { } best || StoredWeight(best, index) is not { } stored || stored <= 0f)
            {
                continue;
            }

            var qdrantIdf = best.Score / (double)stored;
            if (qdrantIdf > 0)
            {
                indices.Add(index);
                values.Add((float)(Bm25.Idf(Math.Exp(qdrantIdf) - 1) / qdrantIdf));
            }
        }

        return indices.Count == 0 ? SparseTerms.Empty : new SparseTerms(indices, values);
    }

    public static Query Nearest(SparseTerms terms) =>
        new() { Nearest = new VectorInput { Sparse = new SparseVector { Indices = { terms.Indices }, Values = { terms.Values } } } };

    /// <summary>The weight a scored point's sparse vector holds for <paramref name="index"/>, in either form Qdrant sends it.</summary>
    private static float? StoredWeight(ScoredPoint point, uint index)
    {
        if (point.Vectors?.Vectors?.Vectors is not { } named || !named.TryGetValue(Payloads.Sparse, out var vector))
        {
            return null;
        }

#pragma warning disable CS0612 // Older servers send a sparse vector as data with indices instead of the 'sparse' field.
        var (indices, values) = vector.Sparse is { } sparse
            ? ((IList<uint>)sparse.Indices, (IList<float>)sparse.Values)
            : (vector.Indices?.Data ?? [], vector.Data);
#pragma warning restore CS0612
        var at = indices.IndexOf(index);
        return at >= 0 && at < values.Count ? values[at] : null;
    }
}
