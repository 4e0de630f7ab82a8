using Qdrant.Client.Grpc;

namespace NewsBot.Testing.Qdrant;

/// <summary>Scores as Qdrant computes them: Cosine on normalised vectors, Dot, Euclid and Manhattan as distances, sparse dot products.</summary>
internal static class VectorMath
{
    public static float[] Normalised(IReadOnlyList<float> data)
    {
        var length = MathF.Sqrt(data.Sum(x => x * x));
        return length == 0 ? [.. data] : [.. data.Select(x => x / length)];
    }

    /// <summary>The score of a stored vector against a query: a similarity for Cosine and Dot, a distance for Euclid and Manhattan.</summary>
    public static float Dense(Distance distance, float[] query, float[] stored)
    {
        // Accumulated in double, as Enumerable.Sum does for floats.
        double sum = 0;
        var count = Math.Min(query.Length, stored.Length);
        for (var i = 0; i < count; i++)
        {
            sum += distance switch
            {
                Distance.Euclid => (query[i] - stored[i]) * (query[i] - stored[i]),
                Distance.Manhattan => MathF.Abs(query[i] - stored[i]),
                _ => query[i] * stored[i],
            };
        }

        return distance == Distance.Euclid ? MathF.Sqrt((float)sum) : (float)sum;
    }

    /// <summary>True when a smaller score is better (the distances).</summary>
    public static bool Ascending(Distance distance) => distance is Distance.Euclid or Distance.Manhattan;

    /// <summary>The sparse dot product over shared indices, with each query weight scaled by the index's IDF when given; null when no index is shared.</summary>
    public static float? Sparse(SparseVector query, SparseVector stored, Func<uint, float>? idf)
    {
        float? score = null;
        for (var i = 0; i < query.Indices.Count; i++)
        {
            var at = stored.Indices.IndexOf(query.Indices[i]);
            if (at >= 0)
            {
                var queryWeight = query.Values[i] * (idf?.Invoke(query.Indices[i]) ?? 1f);
                score = (score ?? 0f) + (queryWeight * stored.Values[at]);
            }
        }

        return score;
    }

    /// <summary>
    /// Qdrant's IDF for the <c>idf</c> modifier: ln(((N − n + 0.5) / (n + 0.5)) + 1), with N the points holding the
    /// sparse vector in the shard and n those holding the index (Qdrant counts per shard).
    /// </summary>
    public static float Idf(int total, int holding) => (float)Math.Log(((total - holding + 0.5) / (holding + 0.5)) + 1);
}
