using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace NewsBot.Testing.Discord;

/// <summary>
/// Discord as a bot sees it, on a real loopback socket (Kestrel, 127.0.0.1, a free port): REST v10 under
/// <see cref="ApiBaseUrl"/> and the gateway WebSocket at <see cref="GatewayUrl"/>. It checks what Discord checks
/// (bot token, gateway version and encoding, Identify/Resume, the 3 s first-response rule, 15 min interaction tokens,
/// 2000-character content), records every request and frame, and lets a test script failures and gateway events.
/// </summary>
public sealed class DiscordStandIn : IAsyncDisposable
{
    /// <summary>The gateway path handed out by <c>GET /gateway/bot</c>.</summary>
    public const string GatewayPath = "/gateway";

    /// <summary>The gateway path handed out as READY's <c>resume_gateway_url</c>.</summary>
    public const string ResumeGatewayPath = "/gateway-resume";

    private const string ApiPrefix = "/api/v10";
    private readonly WebApplication app;
    private readonly RestApi rest;
    private readonly GatewayServer gateway;
    private readonly InteractionLedger ledger;
    private readonly SessionStarts sessionStarts;

    private DiscordStandIn(WebApplication app, DiscordStandInOptions options, int port)
    {
        this.app = app;
        Options = options;
        Port = port;
        ledger = new InteractionLedger(options);
        sessionStarts = new SessionStarts(options);
        gateway = new GatewayServer(options, sessionStarts, path => WebSocketBase + path);
        rest = new RestApi(options, ledger, sessionStarts, () => WebSocketBase + GatewayPath);
        Events = new DiscordEventBuilder(options, ledger.NewId);
    }

    /// <summary>The settings it was started with (token, application id, heartbeat interval, deadlines).</summary>
    public DiscordStandInOptions Options { get; }

    /// <summary>The bound port.</summary>
    public int Port { get; }

    /// <summary>The REST base, <c>http://127.0.0.1:PORT/api/v10</c> (no trailing slash).</summary>
    public Uri ApiBaseUrl => new($"http://127.0.0.1:{Port}{ApiPrefix}");

    /// <summary>The gateway URL as <c>GET /gateway/bot</c> returns it, <c>ws://127.0.0.1:PORT/gateway</c> (no query).</summary>
    public Uri GatewayUrl => new(WebSocketBase + GatewayPath);

    /// <summary>Builders for interaction and message events shaped as Discord sends them.</summary>
    public DiscordEventBuilder Events { get; }

    /// <summary>Every REST request, in arrival order, with what was answered.</summary>
    public IReadOnlyList<RecordedRequest> Requests => rest.Requests;

    /// <summary>Every gateway connection, in order: path used, identify or resume, how it closed.</summary>
    public IReadOnlyList<GatewayConnectionRecord> Connections => gateway.Records;

    /// <summary>Every gateway frame sent and received, with times (for heartbeat cadence and jitter).</summary>
    public IReadOnlyList<GatewayFrame> Frames => gateway.Frames;

    /// <summary>The heartbeats (op 1) the client sent, in order.</summary>
    public IReadOnlyList<GatewayFrame> Heartbeats => [.. Frames.Where(f => f.FromClient && f.Op == 1)];

    /// <summary>Interactions that got no callback within the deadline ("The application did not respond").</summary>
    public IReadOnlyList<FailedInteraction> FailedInteractions => ledger.Failed;

    /// <summary>Messages as users now see them (interaction responses, follow-ups, channel messages, after edits).</summary>
    public IReadOnlyList<PostedMessage> Messages => ledger.Messages;

    /// <summary>Identifies refused (closed with 4004, as Discord resets the token) because no session starts were left.</summary>
    public int IdentifiesOverSessionLimit => sessionStarts.Refused;

    /// <summary>The current session id, or null before Identify or after a non-resumable Invalid Session.</summary>
    public string? SessionId => gateway.SessionId;

    /// <summary>The last sequence number used in the current session.</summary>
    public int Sequence => gateway.Sequence;

    /// <summary>True while a connection has identified or resumed and is open.</summary>
    public bool HasLiveSession => gateway.HasLiveSession;

    /// <summary>When true, heartbeats are not acknowledged (a zombie connection, as the client sees it).</summary>
    public bool WithholdHeartbeatAcks { get => gateway.WithholdAcks; set => gateway.WithholdAcks = value; }

    private string WebSocketBase => $"ws://127.0.0.1:{Port}";

    /// <summary>Starts a stand-in on a free loopback port.</summary>
    public static async Task<DiscordStandIn> StartAsync(DiscordStandInOptions? options = null)
    {
        options ??= new DiscordStandInOptions();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        DiscordStandIn? standIn = null;
        app.UseWebSockets();
        app.Run(context => standIn!.ServeAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        standIn = new DiscordStandIn(app, options, new Uri(address).Port);
        return standIn;
    }

    /// <summary>The registered commands after the last bulk overwrite (global when <paramref name="guildId"/> is null), or null.</summary>
    public JsonArray? Commands(string? guildId = null) => rest.Commands(guildId);

    /// <summary>
    /// Answers the next <paramref name="times"/> requests of <paramref name="method"/> <paramref name="route"/> (a
    /// <see cref="DiscordRoutes"/> template, or <see cref="DiscordRoutes.Any"/>) with <paramref name="answer"/>, after the auth check.
    /// </summary>
    public void ScriptNext(string method, string route, ScriptedAnswer answer, int times = 1) => rest.Script(method, route, answer, times);

    /// <summary>
    /// Sends a dispatch (op 0) with the next sequence number to the live connection, or keeps it for a Resume when none
    /// is live. An <c>INTERACTION_CREATE</c> starts that interaction's 3 s clock.
    /// </summary>
    public async Task DispatchAsync(string type, JsonNode data)
    {
        if (type == "INTERACTION_CREATE")
        {
            ledger.Dispatched(data);
        }

        await gateway.DispatchAsync(type, data);
    }

    /// <summary>Sends op 7 Reconnect.</summary>
    public Task SendReconnectAsync() => gateway.SendToLiveAsync(7, null);

    /// <summary>Sends op 9 Invalid Session; when not resumable the session is forgotten, so a Resume also gets op 9 false.</summary>
    public Task SendInvalidSessionAsync(bool resumable) => gateway.SendInvalidSessionAsync(resumable);

    /// <summary>Sends op 1, asking the client to heartbeat now.</summary>
    public Task RequestHeartbeatAsync() => gateway.SendToLiveAsync(1, null);

    /// <summary>Closes the live connection with <paramref name="code"/> (4004, 4014, 1001, …).</summary>
    public Task CloseAsync(int code, string reason = "") => gateway.CloseLiveAsync(code, reason);

    /// <summary>Cuts the live connection's TCP stream with no close frame.</summary>
    public void DropConnection() => gateway.DropLive();

    /// <summary>
    /// The first REST request <paramref name="match"/> accepts, received already or when it arrives (no polling, so a
    /// benchmark can time a reply closely); throws TimeoutException after <paramref name="timeout"/> (default 5 s).
    /// </summary>
    public async Task<RecordedRequest> RequestAsync(Func<RecordedRequest, bool> match, TimeSpan? timeout = null)
    {
        try
        {
            return await rest.FirstAsync(match).WaitAsync(timeout ?? TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The Discord stand-in waited {(timeout ?? TimeSpan.FromSeconds(5)).TotalSeconds:0.#} s for a matching request in vain.");
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds, polling every 10 ms; throws TimeoutException after <paramref name="timeout"/> (default 5 s).</summary>
    public async Task WaitUntilAsync(Func<DiscordStandIn, bool> condition, TimeSpan? timeout = null, string? what = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(5));
        while (!condition(this))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The Discord stand-in waited {(timeout ?? TimeSpan.FromSeconds(5)).TotalSeconds:0.#} s for {what ?? "a condition"} in vain.");
            }

            await Task.Delay(10);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        gateway.DropAll();
        ledger.Dispose();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await app.StopAsync(timeout.Token);
        await app.DisposeAsync();
    }

    private Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path is GatewayPath or ResumeGatewayPath && context.WebSockets.IsWebSocketRequest)
        {
            return gateway.HandleAsync(context);
        }

        if (path.StartsWith(ApiPrefix + "/", StringComparison.Ordinal))
        {
            return rest.HandleAsync(context, path[ApiPrefix.Length..]);
        }

        context.Response.StatusCode = 404;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(DiscordErrorBody.Write("404: Not Found", 0));
    }
}
