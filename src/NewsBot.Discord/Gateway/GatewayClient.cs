using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// Keeps the bot connected to Discord's gateway: learns its URL from <c>GET gateway/bot</c>, runs one
/// <see cref="GatewaySession"/> after another, resuming where it can, and hands every dispatch to the
/// <see cref="IDispatchHandler"/>. Ends when cancelled, or with a <see cref="DiscordFatalException"/>.
/// </summary>
internal sealed class GatewayClient(
    IDiscordRest rest,
    IGatewayConnector connector,
    IDispatchHandler handler,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<GatewayClient> logger,
    Random random)
{
    /// <summary>The longest wait between reconnection attempts.</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);
    private readonly GatewaySessionState state = new();
    private readonly IdentifySchedule schedule = new(time, logger);
    private GatewaySession? current;

    /// <summary>The session id Discord gave in READY, or null before it (or after the session was invalidated).</summary>
    public string? SessionId => state.SessionId;

    /// <summary>Sends a payload (a presence update, say) on the open connection; at most 4096 bytes.</summary>
    public Task SendAsync(int op, object? data, CancellationToken cancellationToken) =>
        (current ?? throw new InvalidOperationException("The gateway is not connected.")).SendAsync(op, data, cancellationToken);

    /// <summary>Stays connected until <paramref name="cancellationToken"/> is cancelled (the socket closes with 1000) or a fatal close.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var dispatches = new DispatchQueue(handler, time, logger);
        var pumping = dispatches.RunAsync(cancellationToken);
        try
        {
            await ConnectLoopAsync(dispatches, cancellationToken);
        }
        finally
        {
            dispatches.Complete();
            try
            {
                await pumping;
            }
            catch (OperationCanceledException)
            {
                // Stopping.
            }
        }
    }

    /// <summary>The wait before reconnection attempt <paramref name="failures"/>: doubling from 1 s up to a minute, scaled by 0.5–1 at random.</summary>
    internal TimeSpan Backoff(int failures)
    {
        var delay = FirstBackoff * Math.Pow(2, Math.Min(failures - 1, 10));
        return (delay < MaxBackoff ? delay : MaxBackoff) * (0.5 + (random.NextDouble() / 2));
    }

    private async Task ConnectLoopAsync(DispatchQueue dispatches, CancellationToken cancellationToken)
    {
        var failures = 0;
        while (true)
        {
            GatewayReconnect next;
            string reason;
            var established = false;
            try
            {
                var resume = state.CanResume;
                var url = state.ResumeUrl;
                if (!resume)
                {
                    // A new session: ask afresh where to connect and how many session starts are left.
                    (url, var limit) = await GatewayBotAsync(cancellationToken);
                    await schedule.WaitAsync(limit, options.Value.ShardId, cancellationToken);
                }

                Log.GatewayConnecting(logger, resume ? "resuming" : "identifying");
                await using var connection = await connector.ConnectAsync(WithVersion(url!), cancellationToken);
                var session = new GatewaySession(connection, state, options.Value, dispatches, schedule, time, random, logger);
                current = session;
                try
                {
                    (next, reason) = await session.RunAsync(resume, cancellationToken);
                }
                finally
                {
                    current = null;
                    established = session.Established;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (DiscordFatalException)
            {
                throw;
            }
            catch (Exception exception)
            {
                (next, reason) = (GatewayReconnect.Backoff, exception.Message);
            }

            failures = established ? 0 : failures;
            TimeSpan delay;
            if (next == GatewayReconnect.IdentifyAfterPause)
            {
                delay = TimeSpan.FromSeconds(1 + (4 * random.NextDouble()));
            }
            else if (next == GatewayReconnect.ResumeNow && failures == 0)
            {
                // Asked for by Discord, or a quiet connection: resume at once, but back off if it keeps happening unconnected.
                delay = TimeSpan.Zero;
                failures = established ? 0 : 1;
            }
            else
            {
                delay = Backoff(++failures);
            }

            Log.GatewayDropped(logger, reason, delay);
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }

    private async Task<(Uri Url, SessionStartLimit? Limit)> GatewayBotAsync(CancellationToken cancellationToken)
    {
        JsonElement? answer;
        try
        {
            answer = await rest.SendAsync(HttpMethod.Get, "gateway/bot", null, cancellationToken);
        }
        catch (DiscordApiException exception) when (exception.Status == HttpStatusCode.Unauthorized)
        {
            throw new DiscordFatalException("Discord rejected the bot token (HTTP 401 on gateway/bot); check NewsBot:Discord:Token", null);
        }

        return answer is { ValueKind: JsonValueKind.Object } json
               && json.TryGetProperty("url", out var url)
               && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var uri)
            ? (uri, SessionStartLimit.From(json))
            : throw new InvalidDataException("Discord's gateway/bot answer has no url.");
    }

    private static Uri WithVersion(Uri url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;
}
