namespace NewsBot.Discord.Gateway;

/// <summary>Opens gateway connections.</summary>
internal interface IGatewayConnector
{
    /// <summary>Connects to <paramref name="url"/> (already carrying <c>?v=10&amp;encoding=json</c>).</summary>
    Task<IGatewayConnection> ConnectAsync(Uri url, CancellationToken cancellationToken);
}
