using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace NewsBot.Discord.Bot;

/// <summary>
/// At most <see cref="DiscordOptions.QuestionsPerMinute"/> questions per user: a token bucket per user id that refills one
/// question every (60 s / limit), counted on <see cref="TimeProvider"/> so tests control time. (System.Threading.RateLimiting's
/// buckets keep their own clock, which a test cannot move, so the few lines of counting are done here.)
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

        var bucket = buckets.GetOrAdd(userId, _ => new UserBucket(limit, now));
        lock (bucket)
        {
            bucket.Tokens = Math.Min(limit, bucket.Tokens + ((now - bucket.Updated) / Period));
            bucket.Updated = now;
            if (bucket.Tokens >= 1)
            {
                bucket.Tokens -= 1;
                return null;
            }

            return Period * (1 - bucket.Tokens);
        }
    }

    public void Dispose() => buckets.Clear();

    /// <summary>Forgets users who have been quiet long enough for their bucket to be full again.</summary>
    private void Prune(DateTimeOffset now)
    {
        foreach (var (user, bucket) in buckets)
        {
            if (now - bucket.Updated >= TimeSpan.FromMinutes(1))
            {
                buckets.TryRemove(user, out _);
            }
        }
    }

    private sealed class UserBucket(double tokens, DateTimeOffset updated)
    {
        public double Tokens { get; set; } = tokens;

        public DateTimeOffset Updated { get; set; } = updated;
    }
}
