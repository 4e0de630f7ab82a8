using System.Text.Json.Nodes;

namespace NewsBot.Testing.Discord;

/// <summary>A gateway frame, sent or received by the stand-in.</summary>
/// <param name="Connection">The index of the connection (0 for the first) in <see cref="DiscordStandIn.Connections"/>.</param>
/// <param name="FromClient">True for a frame the client sent.</param>
/// <param name="Op">The opcode, or -1 when the frame was not a JSON payload with <c>op</c>.</param>
/// <param name="Type">The dispatch event name (<c>t</c>), for op 0.</param>
/// <param name="Payload">The whole payload; null when it was not JSON.</param>
/// <param name="Time">When it was sent or received, by the stand-in's clock.</param>
public sealed record GatewayFrame(int Connection, bool FromClient, int Op, string? Type, JsonNode? Payload, DateTimeOffset Time)
{
    /// <summary>The payload's <c>d</c>.</summary>
    public JsonNode? Data => Payload?["d"];
}
