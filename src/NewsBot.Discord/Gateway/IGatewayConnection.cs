namespace NewsBot.Discord.Gateway;

/// <summary>One open connection to the gateway: the WebSocket, or an in-memory stand-in in tests.</summary>
internal interface IGatewayConnection : IAsyncDisposable
{
    /// <summary>Sends one text message; calls may overlap (the connection sends them one at a time).</summary>
    Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken);

    /// <summary>Waits for the next whole message, or the server's close.</summary>
    Task<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>Closes with <paramref name="status"/> (1000 ends the session; any other code lets it be resumed).</summary>
    Task CloseAsync(int status, string reason, CancellationToken cancellationToken);
}
