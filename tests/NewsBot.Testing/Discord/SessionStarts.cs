using System.Text.Json.Nodes;

namespace NewsBot.Testing.Discord;

/// <summary>
/// The bot's session start limit as Discord keeps it: each Identify uses one of <see cref="DiscordStandInOptions.SessionStartTotal"/>
/// until the window resets (<see cref="DiscordStandInOptions.SessionStartResetAfter"/> after the stand-in started, then
/// 24 h at a time); <c>GET /gateway/bot</c> reports what is left and when it resets.
/// </summary>
internal sealed class SessionStarts(DiscordStandInOptions options)
{
    /// <summary>Discord's session start window.</summary>
    public static readonly TimeSpan Day = TimeSpan.FromHours(24);

    private readonly Lock gate = new();
    private int remaining = options.SessionStartsRemaining ?? options.SessionStartTotal;
    private DateTimeOffset resetAt = options.TimeProvider.GetUtcNow() + options.SessionStartResetAfter;
    private int refused;

    /// <summary>Identifies refused because none were left.</summary>
    public int Refused { get { lock (gate) { return refused; } } }

    /// <summary>The <c>session_start_limit</c> object as it stands now.</summary>
    public JsonObject Snapshot()
    {
        lock (gate)
        {
            Refresh();
            return new JsonObject
            {
                ["total"] = options.SessionStartTotal,
                ["remaining"] = remaining,
                ["reset_after"] = (int)Math.Ceiling((resetAt - options.TimeProvider.GetUtcNow()).TotalMilliseconds),
                ["max_concurrency"] = options.MaxConcurrency,
            };
        }
    }

    /// <summary>Uses one session start; false (and counted as refused) when none are left.</summary>
    public bool TryStart()
    {
        lock (gate)
        {
            Refresh();
            if (remaining == 0)
            {
                refused++;
                return false;
            }

            remaining--;
            return true;
        }
    }

    private void Refresh()
    {
        var now = options.TimeProvider.GetUtcNow();
        if (now >= resetAt)
        {
            remaining = options.SessionStartTotal;
            while (resetAt <= now)
            {
                resetAt += Day;
            }
        }
    }
}
