using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace NewsBot.Discord.Bot;

/// <summary>
/// At most <see cref="DiscordOptions.QuestionsPerMinute"/> questions per user: a token bucket per user id that refills one
/// question every (60 s / limit). The buckets are replenished by hand from <see cref="TimeProvider"/>, so tests control time.
/// </summary>
internal sealed class QuestionRateLimiter(IOptions<DiscordOptions> options, TimeProvider time) : IDisposable
{
    private const int MaxUsers = 10_000;
    private readonly ConcurrentDictionary<string, UserBucket> buckets = new(StringComparer.Ordinal);
    private readonly int limit = options.Value.QuestionsPerMinute;

    private TimeSpan Period => TimeSpan.FromMinutes(1) / limit;

    /// <summary>Takes one question from the user's allowance; null when granted, else how long until they may ask again.</summary>
    public TimeSpan? TryAcquire(string userId)
    {
        var now = time.GetUtcNow();
        if (buckets.Count > MaxUsers)
        {
            Prune(now);
        }

        var bucket = buckets.GetOrAdd(userId, _ => new UserBucket(Create(), now));
        lock (bucket)
        {
            var periods = (int)Math.Min(limit, (now - bucket.Replenished) / Period);
            for (var i = 0; i < periods; i++)
            {
                bucket.Limiter.TryReplenish();
            }

            if (periods > 0)
            {
                bucket.Replenished = periods == limit ? now : bucket.Replenished + (Period * periods);
            }

            using var lease = bucket.Limiter.AttemptAcquire();
            if (lease.IsAcquired)
            {
                return null;
            }

            var wait = bucket.Replenished + Period - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1);
        }
    }

    public void Dispose()
    {
        foreach (var bucket in buckets.Values)
        {
            bucket.Limiter.Dispose();
        }
    }

    private TokenBucketRateLimiter Create() => new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = limit,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = Period,
        AutoReplenishment = false,
        QueueLimit = 0,
    });

    /// <summary>Forgets users who have been quiet long enough for their bucket to be full again.</summary>
    private void Prune(DateTimeOffset now)
    {
        foreach (var (user, bucket) in buckets)
        {
            if (now - bucket.Replenished >= TimeSpan.FromMinutes(1) && buckets.TryRemove(user, out var removed))
            {
                removed.Limiter.Dispose();
            }
        }
    }

    private sealed class UserBucket(TokenBucketRateLimiter limiter, DateTimeOffset replenished)
    {
        public TokenBucketRateLimiter Limiter { get; } = limiter;

        public DateTimeOffset Replenished { get; set; } = replenished;
    }
}
