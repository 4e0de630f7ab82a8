namespace NewsBot.Discord.Gateway;

/// <summary>One whole message from the gateway (all its WebSocket fragments put together), or the server's close.</summary>
internal sealed record GatewayFrame(byte[]? Payload, int? CloseStatus, string? CloseReason)
{
    /// <summary>True when the server closed the connection; <see cref="CloseStatus"/> says why, when it said.</summary>
    public bool IsClose => Payload is null;

    public static GatewayFrame Message(byte[] payload) => new(payload, null, null);

    public static GatewayFrame Close(int? status, string? reason) => new(null, status, reason);
}
