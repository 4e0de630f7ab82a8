using System.Net.WebSockets;

namespace NewsBot.Discord.Gateway;

/// <summary>Opens real WebSocket connections with <see cref="ClientWebSocket"/>.</summary>
internal sealed class WebSocketGatewayConnector(TimeProvider time) : IGatewayConnector
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    public async Task<IGatewayConnection> ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        using var deadline = new CancellationTokenSource(ConnectTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            await socket.ConnectAsync(url, linked.Token);
            return new WebSocketGatewayConnection(socket, time);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new TimeoutException($"The Discord gateway did not answer within {ConnectTimeout.TotalSeconds:0} s.");
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
