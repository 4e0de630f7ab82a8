using NewsBot.Core.Text;
using Qdrant.Client.Grpc;

namespace NewsBot.Storage.Qdrant;

/// <summary>
/// Keyword search ranked as the embedded store ranks it (<see cref="Bm25"/>), in the same single request as the rest of
/// the search. The passages' sparse vectors hold BM25's term weights; Qdrant's <c>idf</c> modifier multiplies each query
/// term by ln(1 + odds), where FTS5 takes ln(odds) floored at <see cref="Bm25.MinIdf"/>, with
/// odds = (N − n + 0.5) / (n + 0.5). So the request holds, beside the keyword search by Qdrant's own IDF (twice as
/// many candidates as asked, each with its sparse vector), one probe per term: its best passage with that passage's
/// weight for it, which gives Qdrant's IDF of the term (score = IDF × weight). Each candidate is then scored again with
/// FTS5's IDF, so a term in more than half the passages weighs almost nothing, as in the embedded store, and a term no
/// passage holds is left out.
/// </summary>
internal static class KeywordQuery
{
    /// <summary>How many more candidates than asked for the keyword search fetches before they are scored again.</summary>
    public const int Widening = 2;

    /// <summary>The keyword part of a batch request: <see cref="Candidates"/>, then the <see cref="Probes"/>.</summary>
    public static IEnumerable<QueryPoints> Queries(string collection, SparseTerms terms, Filter filter, int limit) =>
        [Candidates(collection, terms, filter, limit), .. Probes(collection, terms, filter)];

    /// <summary>
    /// The best <paramref name="limit"/> keyword hits from the answers to <see cref="Queries"/> (in its order), scored
    /// with FTS5's IDF; empty when there are none.
    /// </summary>
    public static IReadOnlyList<ScoredPoint> Ranked(SparseTerms terms, IReadOnlyList<BatchResult> answers, int limit) =>
        answers.Count == 0 ? [] : Rescored(terms, [.. answers.Skip(1)], answers[0].Result, limit);

    /// <summary>
    /// The keyword search by Qdrant's IDF: <see cref="Widening"/> × <paramref name="limit"/> passages holding any of the
    /// terms, with their payload and sparse vector.
    /// </summary>
    private static QueryPoints Candidates(string collection, SparseTerms terms, Filter filter, int limit) => new()
    {
        CollectionName = collection,
        Query = Nearest(terms),
        Using = Payloads.Sparse,
        Filter = filter,
        Limit = (ulong)limit * Widening,
        WithPayload = new WithPayloadSelector { Enable = true },
        WithVectors = new WithVectorsSelector { Include = new VectorsSelector { Names = { Payloads.Sparse } } },
    };

    /// <summary>One query per term of <paramref name="terms"/>: its best passage, with that passage's sparse vector.</summary>
    private static IEnumerable<QueryPoints> Probes(string collection, SparseTerms terms, Filter filter) =>
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
    /// The best <paramref name="limit"/> of <paramref name="candidates"/> scored with FTS5's IDF of each term of
    /// <paramref name="terms"/>, read from the <paramref name="probes"/>' answers (in the order of <see cref="Probes"/>).
    /// </summary>
    private static IReadOnlyList<ScoredPoint> Rescored(SparseTerms terms, IReadOnlyList<BatchResult> probes, IReadOnlyList<ScoredPoint> candidates, int limit)
    {
        var idfs = Idfs(terms, probes);
        if (idfs.Count == 0)
        {
            return [];
        }

        return [.. candidates
            .Select(point =>
            {
                var score = idfs.Sum(idf => idf.Value * (StoredWeight(point, idf.Key) ?? 0f));
                var rescored = point.Clone();
                rescored.Score = (float)score;
                return rescored;
            })
            .OrderByDescending(point => point.Score)
            .Take(limit)];
    }

    /// <summary>FTS5's IDF of each term some passage holds, from Qdrant's as the probes show it.</summary>
    private static Dictionary<uint, double> Idfs(SparseTerms terms, IReadOnlyList<BatchResult> probes)
    {
        var idfs = new Dictionary<uint, double>();
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
                idfs[index] = Bm25.Idf(Math.Exp(qdrantIdf) - 1);
            }
        }

        return idfs;
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
