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
    public static float Dense(Distance distance, float[] query, float[] stored) => distance switch
    {
        Distance.Euclid => MathF.Sqrt(query.Zip(stored, (a, b) => (a - b) * (a - b)).Sum()),
        Distance.Manhattan => query.Zip(stored, (a, b) => MathF.Abs(a - b)).Sum(),
        _ => query.Zip(stored, (a, b) => a * b).Sum(),
    };

    /// <summary>True when a smaller score is better (the distances).</summary>
    public static bool Ascending(Distance distance) => distance is Distance.Euclid or Distance.Manhattan;

    /// <summary>The sparse dot product over shared indices, with each query weight scaled by the index's IDF when given; null when no index is shared.</summary>
    public static float? Sparse(SparseVector query, SparseVector stored, Func<uint, float>? idf)
    {
        var weights = new Dictionary<uint, float>();
        for (var i = 0; i < stored.Indices.Count; i++)
        {
            weights[stored.Indices[i]] = stored.Values[i];
        }

        float? score = null;
        for (var i = 0; i < query.Indices.Count; i++)
        {
            if (weights.TryGetValue(query.Indices[i], out var weight))
            {
                var queryWeight = query.Values[i] * (idf?.Invoke(query.Indices[i]) ?? 1f);
                score = (score ?? 0f) + (queryWeight * weight);
            }
        }

        return score;
    }

    /// <summary>
    /// Qdrant's IDF for the <c>idf</c> modifier: ln(((N − n + 0.5) / (n + 0.5)) + 1), with N the points holding the
    /// sparse vector and n those holding the index.
    /// </summary>
    public static float Idf(int total, int holding) => (float)Math.Log(((total - holding + 0.5) / (holding + 0.5)) + 1);
}
