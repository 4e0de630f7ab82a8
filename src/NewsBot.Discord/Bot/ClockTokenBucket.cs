using System.Threading.RateLimiting;

namespace NewsBot.Discord.Bot;

/// <summary>
/// A token bucket counted on <see cref="TimeProvider"/>: it holds up to <c>capacity</c> permits and refills one every
/// <c>refillEvery</c>, continuously. System.Threading.RateLimiting's own token bucket refills on the Stopwatch, which a
/// test cannot move; this one refills on whatever clock the host gives. It does not queue: a request it cannot grant
/// at once is refused with <see cref="MetadataName.RetryAfter"/>, the time until enough permits are back. The bucket
/// counts in clock ticks, not fractions of a permit, so a user told to wait 20 s is let in after exactly 20 s.
/// </summary>
internal sealed class ClockTokenBucket : RateLimiter
{
    private readonly Lock gate = new();
    private readonly int capacity;
    private readonly TimeProvider time;
    private readonly long ticksPerPermit;
    private readonly long fullTicks;

    /// <summary>The permits in the bucket, as the refill time they stand for: one permit is <see cref="ticksPerPermit"/>.</summary>
    private long credit;
    private DateTimeOffset updated;
    private long granted;
    private long refused;

    public ClockTokenBucket(int capacity, TimeSpan refillEvery, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(refillEvery, TimeSpan.Zero);
        this.capacity = capacity;
        this.time = time;
        ticksPerPermit = refillEvery.Ticks;
        fullTicks = capacity * ticksPerPermit;
        credit = fullTicks;
        updated = time.GetUtcNow();
    }

    /// <summary>How long the bucket has been full (a full bucket is as good as a new one), or null while it is refilling.</summary>
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (gate)
            {
                var fullAt = updated + TimeSpan.FromTicks(fullTicks - credit);
                var now = time.GetUtcNow();
                return now >= fullAt ? now - fullAt : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (gate)
        {
            Refill();
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = credit / ticksPerPermit,
                CurrentQueuedCount = 0,
                TotalSuccessfulLeases = granted,
                TotalFailedLeases = refused,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(permitCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, capacity);
        lock (gate)
        {
            Refill();
            var needed = Math.Max(permitCount, 1) * ticksPerPermit;
            if (credit >= needed)
            {
                credit -= permitCount * ticksPerPermit;
                granted++;
                return BucketLease.Granted;
            }

            refused++;
            return BucketLease.Refused(TimeSpan.FromTicks(needed - credit));
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(AttemptAcquireCore(permitCount));
    }

    private void Refill()
    {
        var now = time.GetUtcNow();
        if (now > updated)
        {
            credit = Math.Min(fullTicks, credit + (now - updated).Ticks);
            updated = now;
        }
    }
}
