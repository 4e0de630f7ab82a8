using System.Buffers;
using System.Net.WebSockets;

namespace NewsBot.Discord.Gateway;

/// <summary>A gateway connection over a <see cref="WebSocket"/>: sends one message at a time, puts fragments together.</summary>
internal sealed class WebSocketGatewayConnection(WebSocket socket, TimeProvider time) : IGatewayConnection
{
    /// <summary>The largest message accepted from the server (a large guild's GUILD_CREATE runs to a few megabytes).</summary>
    public const int MaxMessageBytes = 32 * 1024 * 1024;

    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim sending = new(1, 1);

    public async Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        await sending.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            sending.Release();
        }
    }

    public async Task<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            using var message = new MemoryStream();
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return GatewayFrame.Close((int?)socket.CloseStatus, socket.CloseStatusDescription);
                }

                if (message.Length + result.Count > MaxMessageBytes)
                {
                    throw new InvalidDataException($"The gateway sent a message larger than {MaxMessageBytes} bytes.");
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    return GatewayFrame.Message(message.ToArray());
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async Task CloseAsync(int status, string reason, CancellationToken cancellationToken)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        // A zombie connection may never answer the close: wait a moment, then drop it.
        using var deadline = new CancellationTokenSource(CloseTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)status, reason, linked.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            socket.Abort();
        }
    }

    public ValueTask DisposeAsync()
    {
        socket.Dispose();
        sending.Dispose();
        return ValueTask.CompletedTask;
    }
}
