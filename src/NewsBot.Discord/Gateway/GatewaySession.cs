using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// One connection's life: Hello, Identify or Resume, heartbeats with jitter, dispatches handed on, until Discord asks
/// for a reconnect, the connection goes quiet (no ACK between two beats), or it closes.
/// </summary>
internal sealed class GatewaySession(
    IGatewayConnection connection,
    GatewaySessionState state,
    DiscordOptions options,
    DispatchQueue dispatches,
    IdentifySchedule schedule,
    TimeProvider time,
    Random random,
    ILogger logger)
{
    private readonly CancellationTokenSource ending = new();
    private readonly GatewaySendLimit sendLimit = new(time, logger);
    private CancellationTokenSource? heartbeating;
    private int acknowledged = 1;
    private GatewayReconnect? endedBy;

    /// <summary>True once READY or RESUMED arrived: the connection worked, so reconnect backoff starts over.</summary>
    public bool Established { get; private set; }

    /// <summary>Runs the connection until it ends, and says how to reconnect. Fatal close codes throw <see cref="DiscordFatalException"/>.</summary>
    public async Task<(GatewayReconnect Next, string Reason)> RunAsync(bool resume, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, ending.Token);
        try
        {
            while (true)
            {
                GatewayFrame frame;
                try
                {
                    frame = await connection.ReceiveAsync(linked.Token);
                }
                catch (Exception) when (!cancellationToken.IsCancellationRequested && endedBy is { } next)
                {
                    // The heartbeat gave up on a quiet connection and closed it: however the receive ended, resume.
                    return (next, "no heartbeat acknowledgement");
                }

                if (endedBy is { } ended)
                {
                    return (ended, "no heartbeat acknowledgement");
                }

                if (frame.IsClose)
                {
                    return Closed(frame);
                }

                if (await HandleAsync(frame.Payload!, resume, linked.Token) is { } end)
                {
                    return end;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: 1000 ends the session, so Discord shows the bot offline at once.
            await connection.CloseAsync(GatewayCloseCodes.Normal, "stopping", CancellationToken.None);
            throw;
        }
        finally
        {
            heartbeating?.Cancel();
            heartbeating?.Dispose();
            ending.Dispose();
        }
    }

    /// <summary>Sends one payload of op <paramref name="op"/>; refuses payloads over 4096 bytes, which Discord would close the connection for.</summary>
    public async Task SendAsync(int op, object? data, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new { op, d = data }, DiscordJson.Options);
        await SendRawAsync(op, payload, cancellationToken);
    }

    private (GatewayReconnect, string) Closed(GatewayFrame frame)
    {
        var code = frame.CloseStatus;
        if (GatewayCloseCodes.FatalMessage(code) is { } fatal)
        {
            throw new DiscordFatalException(fatal, code);
        }

        if (GatewayCloseCodes.EndsSession(code))
        {
            state.Clear();
        }

        return (GatewayReconnect.Backoff, $"closed by Discord with {code?.ToString(CultureInfo.InvariantCulture) ?? "no code"} {frame.CloseReason}".TrimEnd());
    }

    private async Task<(GatewayReconnect, string)?> HandleAsync(byte[] payload, bool resume, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(payload);
        var root = document.RootElement;
        var op = root.GetProperty("op").GetInt32();
        var data = root.TryGetProperty("d", out var d) ? d : default;
        if (root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number)
        {
            state.Sequence = s.GetInt64();
        }

        switch (op)
        {
            case GatewayOp.Hello:
                StartHeartbeat(TimeSpan.FromMilliseconds(data.GetProperty("heartbeat_interval").GetDouble()));
                await (resume ? ResumeAsync(cancellationToken) : IdentifyAsync(cancellationToken));
                break;
            case GatewayOp.HeartbeatAck:
                Volatile.Write(ref acknowledged, 1);
                break;
            case GatewayOp.Heartbeat:
                await BeatAsync(cancellationToken);
                break;
            case GatewayOp.Dispatch:
                Dispatched(root.GetProperty("t").GetString() ?? string.Empty, data);
                break;
            case GatewayOp.Reconnect:
                Log.GatewayReconnectRequested(logger, op);
                await connection.CloseAsync(GatewayCloseCodes.Resumable, "reconnect requested", cancellationToken);
                return (GatewayReconnect.ResumeNow, "Discord asked for a reconnect");
            case GatewayOp.InvalidSession:
                Log.GatewayReconnectRequested(logger, op);
                await connection.CloseAsync(GatewayCloseCodes.Resumable, "invalid session", cancellationToken);
                if (data.ValueKind == JsonValueKind.True)
                {
                    return (GatewayReconnect.ResumeNow, "Discord invalidated the session (resumable)");
                }

                state.Clear();
                return (GatewayReconnect.IdentifyAfterPause, "Discord invalidated the session");
        }

        return null;
    }

    private void Dispatched(string type, JsonElement data)
    {
        if (type == "READY")
        {
            state.SessionId = data.GetProperty("session_id").GetString();
            state.ResumeUrl = data.TryGetProperty("resume_gateway_url", out var url) && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var uri) ? uri : null;
        }

        if (type is "READY" or "RESUMED")
        {
            Established = true;
            Log.GatewayReady(logger, type == "READY" ? "ready" : "resumed");
        }

        dispatches.Post(new GatewayDispatch(type, data.ValueKind == JsonValueKind.Undefined ? default : data.Clone()));
    }

    private Task IdentifyAsync(CancellationToken cancellationToken)
    {
        schedule.Identified();
        var identify = new
        {
            token = options.Token,
            intents = options.Intents,
            shard = new[] { options.ShardId, options.ShardCount },
            properties = new { os = Environment.OSVersion.Platform.ToString().ToLowerInvariant(), browser = "newsbot", device = "newsbot" },
        };
        return SendAsync(GatewayOp.Identify, identify, cancellationToken);
    }

    private Task ResumeAsync(CancellationToken cancellationToken) => SendAsync(
        GatewayOp.Resume,
        new { token = options.Token, session_id = state.SessionId, seq = state.Sequence },
        cancellationToken);

    private void StartHeartbeat(TimeSpan interval)
    {
        // Every Hello starts the heartbeat afresh.
        heartbeating?.Cancel();
        heartbeating?.Dispose();
        heartbeating = CancellationTokenSource.CreateLinkedTokenSource(ending.Token);
        Volatile.Write(ref acknowledged, 1);
        _ = HeartbeatAsync(interval, heartbeating.Token);
    }

    private async Task HeartbeatAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        // Beats are due at fixed times (first after interval × jitter), so a late wake-up does not shift the rest.
        var due = time.GetUtcNow() + interval * random.NextDouble();
        try
        {
            while (true)
            {
                var wait = due - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, cancellationToken);
                }

                if (Interlocked.Exchange(ref acknowledged, 0) == 0)
                {
                    Log.GatewayZombie(logger);
                    endedBy = GatewayReconnect.ResumeNow;
                    await connection.CloseAsync(GatewayCloseCodes.Resumable, "heartbeat not acknowledged", cancellationToken);
                    await ending.CancelAsync();
                    return;
                }

                await BeatAsync(cancellationToken);
                due += interval;
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException)
        {
            // The connection ended.
        }
        catch (Exception)
        {
            // A send failed: the receive loop sees the broken connection and reconnects.
        }
    }

    private Task BeatAsync(CancellationToken cancellationToken)
    {
        var sequence = state.Sequence;
        var payload = $"{{\"op\":1,\"d\":{(sequence is { } value ? value.ToString(CultureInfo.InvariantCulture) : "null")}}}";
        return SendRawAsync(GatewayOp.Heartbeat, Encoding.UTF8.GetBytes(payload), cancellationToken);
    }

    private async Task SendRawAsync(int op, byte[] payload, CancellationToken cancellationToken)
    {
        if (payload.Length > GatewayOp.MaxPayloadBytes)
        {
            Log.PayloadTooLarge(logger, payload.Length, op);
            throw new ArgumentException($"A gateway payload may be at most {GatewayOp.MaxPayloadBytes} bytes; this one (op {op}) is {payload.Length}.", nameof(payload));
        }

        await sendLimit.WaitAsync(op, cancellationToken);
        await connection.SendAsync(payload, cancellationToken);
    }
}
