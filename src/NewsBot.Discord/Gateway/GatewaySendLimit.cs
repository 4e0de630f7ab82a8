using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// Keeps one connection under Discord's limit of <see cref="PerWindow"/> payloads sent per <see cref="Window"/> (more
/// closes it with 4008), counted over a sliding window on the <see cref="TimeProvider"/>. Other payloads leave
/// <see cref="HeartbeatReserve"/> of the window to heartbeats, so a burst of sends never delays a beat.
/// </summary>
internal sealed class GatewaySendLimit(TimeProvider time, ILogger logger)
{
    /// <summary>Payloads Discord accepts from one connection per <see cref="Window"/>.</summary>
    public const int PerWindow = 120;

    /// <summary>Sends in every window kept for heartbeats (about two are due a minute, plus any Discord asks for).</summary>
    public const int HeartbeatReserve = 10;

    /// <summary>The length of Discord's counting window.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    private readonly Lock gate = new();
    private readonly Queue<DateTimeOffset> sent = new();

    /// <summary>Waits until a payload of <paramref name="op"/> may go, and counts it as sent.</summary>
    public async Task WaitAsync(int op, CancellationToken cancellationToken)
    {
        var limit = op == GatewayOp.Heartbeat ? PerWindow : PerWindow - HeartbeatReserve;
        var logged = false;
        while (TryTake(limit) is { } wait)
        {
            if (!logged)
            {
                Log.GatewaySendHeld(logger, op, wait, PerWindow);
                logged = true;
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>Counts a send and returns null when fewer than <paramref name="limit"/> went in the last window; else how long until one leaves it.</summary>
    private TimeSpan? TryTake(int limit)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            while (sent.Count > 0 && sent.Peek() + Window <= now)
            {
                sent.Dequeue();
            }

            if (sent.Count < limit)
            {
                sent.Enqueue(now);
                return null;
            }

            // Room comes when the send that puts the window at the limit falls out of it.
            return sent.ElementAt(sent.Count - limit) + Window - now;
        }
    }
}
