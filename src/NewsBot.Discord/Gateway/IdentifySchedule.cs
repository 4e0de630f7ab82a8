using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// When this process may send its next Identify. Discord allows <see cref="SessionStartLimit.Remaining"/> more session
/// starts until the limit resets (going over resets the bot's token), and one Identify per 5 s for each rate-limit key
/// (shard id modulo <see cref="SessionStartLimit.MaxConcurrency"/>). So: with none remaining, wait for the reset; a
/// process's identifies are at least 5 s apart; and the first waits 5 s for each group of shards ahead of its own, so
/// shard processes started together take their turns.
/// </summary>
internal sealed class IdentifySchedule(TimeProvider time, ILogger logger)
{
    /// <summary>Discord's identify window: each rate-limit key may identify once in it.</summary>
    public static readonly TimeSpan Spacing = TimeSpan.FromSeconds(5);

    private DateTimeOffset? lastIdentify;

    /// <summary>Waits as <paramref name="limit"/> (null when Discord gave none) requires before shard <paramref name="shardId"/> identifies.</summary>
    public async Task WaitAsync(SessionStartLimit? limit, int shardId, CancellationToken cancellationToken)
    {
        var wait = TimeSpan.Zero;
        if (limit is { Remaining: 0 })
        {
            Log.SessionStartsExhausted(logger, limit.Total, limit.ResetAfter);
            wait = limit.ResetAfter;
        }

        var now = time.GetUtcNow();
        var turn = lastIdentify is { } last
            ? last + Spacing - now
            : Spacing * (shardId / (limit?.MaxConcurrency ?? 1));
        if (turn > wait)
        {
            Log.IdentifySpaced(logger, shardId, turn);
            wait = turn;
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>Records that an Identify was sent now.</summary>
    public void Identified() => lastIdentify = time.GetUtcNow();
}
