using Qdrant.Client.Grpc;

namespace NewsBot.Testing.Qdrant;

/// <summary>
/// Checks an upserted point against its collection as Qdrant does (vector names, dense sizes, sparse shape) and builds
/// the stored form; dense vectors under Cosine are normalised on the way in, as Qdrant stores them.
/// </summary>
internal static class PointBuilder
{
    public static StandInPoint Build(StandInCollection collection, PointStruct point, ulong version)
    {
        var dense = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var sparse = new Dictionary<string, SparseVector>(StringComparer.Ordinal);
        foreach (var (name, vector) in Named(point.Vectors))
        {
            if (collection.DenseVectors.TryGetValue(name, out var parameters))
            {
                var data = DenseData(vector) ?? throw QdrantErrors.WrongInput($"Conversion between sparse and regular vectors failed");
                if ((ulong)data.Length != parameters.Size)
                {
                    throw QdrantErrors.DimensionMismatch(parameters.Size, data.Length);
                }

                dense[name] = parameters.Distance == Distance.Cosine ? VectorMath.Normalised(data) : data;
            }
            else if (collection.SparseVectors.ContainsKey(name))
            {
                sparse[name] = SparseData(vector) ?? throw QdrantErrors.WrongInput($"Conversion between sparse and regular vectors failed");
            }
            else
            {
                throw QdrantErrors.UnknownVectorName(name);
            }
        }

        var missing = collection.DenseVectors.Keys.FirstOrDefault(name => !dense.ContainsKey(name));
        if (missing is not null && missing.Length == 0)
        {
            throw QdrantErrors.WrongInput("Vector is missing");
        }

        var payload = point.Payload.ToDictionary(pair => pair.Key, pair => pair.Value.Clone(), StringComparer.Ordinal);
        return new StandInPoint(PointIds.Canonical(point.Id), payload, dense, sparse, version);
    }

    private static IEnumerable<(string Name, Vector Vector)> Named(Vectors? vectors) => vectors?.VectorsOptionsCase switch
    {
        Vectors.VectorsOptionsOneofCase.Vector => [("", vectors.Vector)],
        Vectors.VectorsOptionsOneofCase.Vectors_ => vectors.Vectors_.Vectors.Select(pair => (pair.Key, pair.Value)),
        _ => [],
    };

    private static float[]? DenseData(Vector vector) => vector.VectorCase switch
    {
        Vector.VectorOneofCase.Dense => [.. vector.Dense.Data],
#pragma warning disable CS0612 // the deprecated flat fields are what older clients send
        Vector.VectorOneofCase.None when vector.Indices is null => [.. vector.Data],
#pragma warning restore CS0612
        _ => null,
    };

    private static SparseVector? SparseData(Vector vector)
    {
        SparseVector? sparse = vector.VectorCase switch
        {
            Vector.VectorOneofCase.Sparse => vector.Sparse.Clone(),
#pragma warning disable CS0612
            Vector.VectorOneofCase.None when vector.Indices is not null => new SparseVector { Indices = { vector.Indices.Data }, Values = { vector.Data } },
#pragma warning restore CS0612
            _ => null,
        };
        if (sparse is null)
        {
            return null;
        }

        if (sparse.Indices.Count != sparse.Values.Count)
        {
            throw QdrantErrors.Validation("indices: must be the same length as values");
        }

        if (sparse.Indices.Distinct().Count() != sparse.Indices.Count)
        {
            throw QdrantErrors.Validation("indices: must be unique");
        }

        return sparse;
    }
}
