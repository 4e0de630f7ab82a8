using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace NewsBot.Discord.Bot;

/// <summary>
/// At most <see cref="DiscordOptions.QuestionsPerMinute"/> questions per user: a <see cref="PartitionedRateLimiter"/>
/// keyed by user id, each user a <see cref="ClockTokenBucket"/> that refills one question every (60 s / limit) on the
/// host's <see cref="TimeProvider"/>. Users whose bucket has been full a while are dropped by the partitioned limiter.
/// </summary>
internal sealed class QuestionRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;
    private readonly TimeSpan refillEvery;

    public QuestionRateLimiter(IOptions<DiscordOptions> options, TimeProvider time)
    {
        var limit = options.Value.QuestionsPerMinute;
        refillEvery = TimeSpan.FromMinutes(1) / limit;
        limiter = PartitionedRateLimiter.Create<string, string>(
            user => RateLimitPartition.Get(user, _ => new ClockTokenBucket(limit, refillEvery, time)),
            StringComparer.Ordinal);
    }

    /// <summary>Takes one question from the user's allowance; null when granted, else how long until they may ask again.</summary>
    public TimeSpan? TryAcquire(string userId)
    {
        using var lease = limiter.AttemptAcquire(userId);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : refillEvery;
    }

    public void Dispose() => limiter.Dispose();
}
