using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing.Discord;

/// <summary>
/// The gateway side of the stand-in: Hello, heartbeats, Identify → READY, Resume → replay + RESUMED, one session at a
/// time, and the test's controls. Events dispatched while no connection is live are kept for a later Resume.
/// </summary>
internal sealed class GatewayServer(DiscordStandInOptions options, SessionStarts sessionStarts, Func<string, string> wsUrl)
{
    private const int PrivilegedIntents = (1 << 1) | (1 << 8) | (1 << 15);
    private readonly Lock gate = new();
    private readonly List<GatewayConnectionRecord> records = [];
    private readonly List<GatewayFrame> frames = [];
    private readonly List<(int Seq, string Type, JsonNode Data)> events = [];
    private readonly List<GatewayConnection> connections = [];
    private GatewayConnection? live;
    private string? sessionId;
    private int sequence;
    private int sessions;

    public bool WithholdAcks { get; set; }

    public IReadOnlyList<GatewayConnectionRecord> Records { get { lock (gate) { return [.. records]; } } }

    public IReadOnlyList<GatewayFrame> Frames { get { lock (gate) { return [.. frames]; } } }

    public string? SessionId { get { lock (gate) { return sessionId; } } }

    public int Sequence { get { lock (gate) { return sequence; } } }

    public bool HasLiveSession { get { lock (gate) { return live is { Open: true }; } } }

    public async Task HandleAsync(HttpContext context)
    {
        var socket = await context.WebSockets.AcceptWebSocketAsync();
        GatewayConnection connection;
        lock (gate)
        {
            var record = new GatewayConnectionRecord(records.Count, context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "", options.TimeProvider.GetUtcNow());
            records.Add(record);
            connection = new GatewayConnection(context, socket, record, Add, options.TimeProvider);
            connections.Add(connection);
        }

        try
        {
            if (context.Request.Query["v"] != "10")
            {
                await connection.CloseAsync(4012, "Invalid API version");
            }
            else if (context.Request.Query["encoding"] != "json")
            {
                await connection.CloseAsync(4002, "Error while decoding payload.");
            }
            else
            {
                await connection.SendAsync(Payload(10, new JsonObject { ["heartbeat_interval"] = (int)options.HeartbeatInterval.TotalMilliseconds }));
            }

            while (await connection.ReceiveAsync(context.RequestAborted) is { } text)
            {
                await OnFrameAsync(connection, text);
            }
        }
        finally
        {
            connection.Record.Ended = true;
            lock (gate)
            {
                if (live == connection)
                {
                    live = null;
                }
            }
        }
    }

    public async Task DispatchAsync(string type, JsonNode data)
    {
        GatewayConnection? target;
        JsonObject payload;
        lock (gate)
        {
            sequence++;
            events.Add((sequence, type, data.DeepClone()));
            payload = Dispatch(type, data.DeepClone(), sequence);
            target = live;
        }

        if (target is not null)
        {
            await target.SendAsync(payload);
        }
    }

    public Task SendToLiveAsync(int op, JsonNode? data) => Live() is { } connection ? connection.SendAsync(Payload(op, data)) : Task.FromResult(false);

    public async Task SendInvalidSessionAsync(bool resumable)
    {
        if (!resumable)
        {
            lock (gate)
            {
                sessionId = null;
            }
        }

        await SendToLiveAsync(9, resumable);
    }

    public Task CloseLiveAsync(int code, string reason) => Live() is { } connection ? connection.CloseAsync(code, reason) : Task.CompletedTask;

    public void DropLive() => Live()?.Drop();

    public void DropAll()
    {
        lock (gate)
        {
            foreach (var connection in connections)
            {
                connection.Drop();
            }
        }
    }

    private GatewayConnection? Live()
    {
        lock (gate)
        {
            return live ?? connections.LastOrDefault(connection => connection.Open);
        }
    }

    private void Add(GatewayFrame frame)
    {
        lock (gate)
        {
            frames.Add(frame);
        }
    }

    private async Task OnFrameAsync(GatewayConnection connection, string text)
    {
        var payload = GatewayConnection.Parse(text);
        var op = payload?["op"] is JsonValue value && value.TryGetValue<int>(out var number) ? number : -1;
        Add(new GatewayFrame(connection.Record.Index, true, op, null, payload, options.TimeProvider.GetUtcNow()));
        if (payload is null || op < 0)
        {
            await connection.CloseAsync(4002, "Error while decoding payload.");
            return;
        }

        var data = payload["d"];
        switch (op)
        {
            case 1:
                if (!WithholdAcks)
                {
                    await connection.SendAsync(Payload(11, null));
                }

                break;
            case 2:
                await IdentifyAsync(connection, data);
                break;
            case 6:
                await ResumeAsync(connection, data);
                break;
            case 3 or 4 or 8 or 31:
                if (connection.Record.Start == GatewayStart.None)
                {
                    await connection.CloseAsync(4003, "Not authenticated.");
                }

                break;
            default:
                await connection.CloseAsync(4001, "Unknown opcode.");
                break;
        }
    }

    private async Task IdentifyAsync(GatewayConnection connection, JsonNode? data)
    {
        if (connection.Record.Start != GatewayStart.None)
        {
            await connection.CloseAsync(4005, "Already authenticated.");
            return;
        }

        if (data?["token"]?.GetValueKind() != System.Text.Json.JsonValueKind.String
            || data["intents"]?.GetValueKind() != System.Text.Json.JsonValueKind.Number
            || data["properties"] is not JsonObject)
        {
            await connection.CloseAsync(4002, "Error while decoding payload.");
            return;
        }

        if (data["token"]!.GetValue<string>() != options.Token)
        {
            await connection.CloseAsync(4004, "Authentication failed.");
            return;
        }

        if (data["shard"] is JsonArray shard && (shard.Count != 2 || shard[0]?.GetValue<int>() != 0 || shard[1]?.GetValue<int>() != 1))
        {
            await connection.CloseAsync(4010, "Invalid shard.");
            return;
        }

        if (!options.PrivilegedIntentsEnabled && (data["intents"]!.GetValue<long>() & PrivilegedIntents) != 0)
        {
            await connection.CloseAsync(4014, "Disallowed intent(s).");
            return;
        }

        if (!sessionStarts.TryStart())
        {
            // Discord resets the token of a bot that starts sessions past its limit.
            await connection.CloseAsync(4004, "Authentication failed.");
            return;
        }

        using var hold = await connection.HoldSendsAsync();
        JsonObject ready;
        lock (gate)
        {
            connection.Record.Start = GatewayStart.Identify;
            connection.Record.Identify = data.DeepClone();
            sessions++;
            sessionId = $"standin-session-{sessions}-{Guid.NewGuid():N}";
            sequence = 1;
            events.Clear();
            live = connection;
            ready = Dispatch("READY", ReadyData(), sequence);
        }

        await connection.SendAsync(ready, held: true);
    }

    private async Task ResumeAsync(GatewayConnection connection, JsonNode? data)
    {
        if (connection.Record.Start != GatewayStart.None)
        {
            await connection.CloseAsync(4005, "Already authenticated.");
            return;
        }

        if (data?["token"]?.GetValueKind() != System.Text.Json.JsonValueKind.String || data["token"]!.GetValue<string>() != options.Token)
        {
            await connection.CloseAsync(4004, "Authentication failed.");
            return;
        }

        var askedSession = data["session_id"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? data["session_id"]!.GetValue<string>() : null;
        var askedSeq = data["seq"]?.GetValueKind() == System.Text.Json.JsonValueKind.Number ? data["seq"]!.GetValue<int>() : -1;
        using var hold = await connection.HoldSendsAsync();
        List<JsonObject> replay;
        lock (gate)
        {
            if (sessionId is null || askedSession != sessionId || askedSeq < 0 || askedSeq > sequence)
            {
                replay = [];
            }
            else
            {
                connection.Record.Start = GatewayStart.Resume;
                live = connection;
                replay = [.. events.Where(e => e.Seq > askedSeq).Select(e => Dispatch(e.Type, e.Data.DeepClone(), e.Seq))];
                sequence++;
                replay.Add(Dispatch("RESUMED", new JsonObject(), sequence));
            }
        }

        if (replay.Count == 0)
        {
            await connection.SendAsync(Payload(9, false), held: true);
            return;
        }

        foreach (var payload in replay)
        {
            await connection.SendAsync(payload, held: true);
        }
    }

    private JsonObject ReadyData() => new()
    {
        ["v"] = 10,
        ["user"] = DiscordEventBuilder.BotUser(options),
        ["guilds"] = new JsonArray(),
        ["session_id"] = sessionId,
        ["resume_gateway_url"] = wsUrl(DiscordStandIn.ResumeGatewayPath),
        ["shard"] = new JsonArray(0, 1),
        ["application"] = new JsonObject { ["id"] = options.ApplicationId, ["flags"] = 0 },
    };

    private static JsonObject Payload(int op, JsonNode? data) => new() { ["op"] = op, ["d"] = data, ["s"] = null, ["t"] = null };

    private static JsonObject Dispatch(string type, JsonNode data, int seq) => new() { ["op"] = 0, ["d"] = data, ["s"] = seq, ["t"] = type };
}
