using Qdrant.Client.Grpc;

namespace NewsBot.Testing.Qdrant;

/// <summary>
/// Point ids as Qdrant keys them: an unsigned number or a UUID (any accepted spelling, answered lower-case with
/// hyphens). Numbers sort before UUIDs, as in Qdrant's scroll order.
/// </summary>
internal static class PointIds
{
    /// <summary>A sortable key: "0" + 20-digit number, or "1" + canonical UUID.</summary>
    public static string Key(PointId id) => id.PointIdOptionsCase switch
    {
        PointId.PointIdOptionsOneofCase.Num => "0" + id.Num.ToString("D20"),
        PointId.PointIdOptionsOneofCase.Uuid => "1" + ParseUuid(id.Uuid).ToString("D"),
        _ => throw QdrantErrors.Validation("id: point id is empty"),
    };

    /// <summary>The id in Qdrant's answering form.</summary>
    public static PointId Canonical(PointId id) => id.PointIdOptionsCase == PointId.PointIdOptionsOneofCase.Uuid
        ? new PointId { Uuid = ParseUuid(id.Uuid).ToString("D") }
        : id.Clone();

    private static Guid ParseUuid(string text) => Guid.TryParse(text, out var uuid)
        ? uuid
        : throw QdrantErrors.WrongInput($"Unable to parse UUID: {text}");
}
