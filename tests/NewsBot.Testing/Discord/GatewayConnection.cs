using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing.Discord;

/// <summary>One live WebSocket of the stand-in's gateway: ordered sends, whole-message receives, close and drop.</summary>
internal sealed class GatewayConnection(HttpContext context, WebSocket socket, GatewayConnectionRecord record, Action<GatewayFrame> recordFrame, TimeProvider clock)
{
    private readonly SemaphoreSlim sending = new(1, 1);

    public GatewayConnectionRecord Record { get; } = record;

    public bool Open => socket.State == WebSocketState.Open;

    /// <summary>Takes the send lock so several payloads go out with nothing in between; dispose to release.</summary>
    public async Task<IDisposable> HoldSendsAsync()
    {
        await sending.WaitAsync();
        return new Releaser(sending);
    }

    /// <summary>Sends one payload; false when the socket is no longer open. Callers hold <see cref="HoldSendsAsync"/> or not, never both.</summary>
    public async Task<bool> SendAsync(JsonObject payload, bool held = false)
    {
        if (!held)
        {
            await sending.WaitAsync();
        }

        try
        {
            if (!Open)
            {
                return false;
            }

            var text = payload.ToJsonString();
            recordFrame(new GatewayFrame(Record.Index, false, payload["op"]?.GetValue<int>() ?? -1, payload["t"]?.GetValue<string>(), JsonNode.Parse(text), clock.GetUtcNow()));
            await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);
            return true;
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException)
        {
            return false;
        }
        finally
        {
            if (!held)
            {
                sending.Release();
            }
        }
    }

    /// <summary>Receives one whole text message; null when the socket closed or failed.</summary>
    public async Task<string?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (Record.CloseStatus is null)
                    {
                        Record.CloseStatus = result.CloseStatus;
                        Record.ClosedByClient = true;
                    }

                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    }

                    return null;
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    return Encoding.UTF8.GetString(message.ToArray());
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            return null;
        }
    }

    /// <summary>Sends a close frame with <paramref name="code"/>; the receive loop ends when the client answers, or after 2 s.</summary>
    public async Task CloseAsync(int code, string reason)
    {
        Record.CloseStatus ??= (WebSocketCloseStatus)code;
        await sending.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            Drop();
        }
        finally
        {
            sending.Release();
        }
    }

    /// <summary>Cuts the TCP connection with no close frame, as a network failure would.</summary>
    public void Drop()
    {
        if (Record.Ended)
        {
            return;
        }

        try
        {
            context.Abort();
            socket.Abort();
        }
        catch (ObjectDisposedException)
        {
            // The request already finished: nothing left to cut.
        }
    }

    /// <summary>Parses a frame's JSON; null when it is not a JSON object.</summary>
    public static JsonObject? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed class Releaser(SemaphoreSlim semaphore) : IDisposable
    {
        public void Dispose() => semaphore.Release();
    }
}
