using Qdrant.Client.Grpc;

namespace NewsBot.Testing.Qdrant;

/// <summary>One stored point: its id, payload, dense vectors (normalised where the distance is Cosine) and sparse vectors.</summary>
internal sealed record StandInPoint(
    PointId Id,
    IReadOnlyDictionary<string, Value> Payload,
    IReadOnlyDictionary<string, float[]> Dense,
    IReadOnlyDictionary<string, SparseVector> Sparse,
    ulong Version)
{
    /// <summary>The point's <see cref="PointIds.Key"/>, worked out once.</summary>
    public string Key { get; } = PointIds.Key(Id);
}
