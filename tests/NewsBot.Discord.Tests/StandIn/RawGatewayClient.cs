using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace NewsBot.Discord.Tests.StandIn;

/// <summary>A bare <see cref="ClientWebSocket"/> speaking JSON frames, so the stand-in is tested without the project's client.</summary>
internal sealed class RawGatewayClient : IAsyncDisposable
{
    private readonly ClientWebSocket socket = new();

    public static async Task<RawGatewayClient> ConnectAsync(Uri url)
    {
        var client = new RawGatewayClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await client.socket.ConnectAsync(url, timeout.Token);
        return client;
    }

    public WebSocketCloseStatus? CloseStatus => socket.CloseStatus;

    public Task SendAsync(JsonObject payload) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(payload.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next payload, or null when the server closed.</summary>
    public async Task<JsonObject?> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(5));
        var buffer = new byte[65536];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancel.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonNode.Parse(message.ToArray())!.AsObject();
            }
        }
    }

    /// <summary>Receives until a payload with <paramref name="op"/> (and dispatch name <paramref name="type"/>) arrives.</summary>
    public async Task<JsonObject> ReceiveOpAsync(int op, string? type = null)
    {
        while (await ReceiveAsync() is { } payload)
        {
            if (payload["op"]!.GetValue<int>() == op && (type is null || payload["t"]?.GetValue<string>() == type))
            {
                return payload;
            }
        }

        throw new InvalidOperationException($"The gateway closed ({CloseStatus}) before op {op} {type}.");
    }

    public static JsonObject Identify(string token, int intents = 1 << 9) => new()
    {
        ["op"] = 2,
        ["d"] = new JsonObject
        {
            ["token"] = token,
            ["intents"] = intents,
            ["shard"] = new JsonArray(0, 1),
            ["properties"] = new JsonObject { ["os"] = "linux", ["browser"] = "newsbot-test", ["device"] = "newsbot-test" },
        },
    };

    public static JsonObject Resume(string token, string sessionId, int seq) => new()
    {
        ["op"] = 6,
        ["d"] = new JsonObject { ["token"] = token, ["session_id"] = sessionId, ["seq"] = seq },
    };

    public ValueTask DisposeAsync()
    {
        socket.Abort();
        socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
