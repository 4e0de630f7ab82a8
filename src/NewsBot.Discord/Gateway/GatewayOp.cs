namespace NewsBot.Discord.Gateway;

/// <summary>Gateway opcodes the bot uses.</summary>
internal static class GatewayOp
{
    public const int Dispatch = 0;
    public const int Heartbeat = 1;
    public const int Identify = 2;
    public const int Resume = 6;
    public const int Reconnect = 7;
    public const int InvalidSession = 9;
    public const int Hello = 10;
    public const int HeartbeatAck = 11;

    /// <summary>The largest payload Discord accepts from a client.</summary>
    public const int MaxPayloadBytes = 4096;
}
