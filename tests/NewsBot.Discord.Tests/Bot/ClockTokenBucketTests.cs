using System.Threading.RateLimiting;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Bot;

namespace NewsBot.Discord.Tests.Bot;

public sealed class ClockTokenBucketTests
{
    private readonly FakeTimeProvider time = new();

    [Fact]
    public void AttemptAcquire_Empty_RefusedWithRetryAfterUntilTheNextPermit()
    {
        using var bucket = new ClockTokenBucket(2, TimeSpan.FromSeconds(10), time);
        bucket.AttemptAcquire().Dispose();
        bucket.AttemptAcquire().Dispose();
        time.Advance(TimeSpan.FromSeconds(4));

        using var refused = bucket.AttemptAcquire();

        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(6), retryAfter);
        Assert.Equal([MetadataName.RetryAfter.Name], refused.MetadataNames);
    }

    [Fact]
    public void AttemptAcquire_AfterRefillOnTheFakeClock_GrantedAgain()
    {
        using var bucket = new ClockTokenBucket(1, TimeSpan.FromSeconds(10), time);
        Assert.True(bucket.AttemptAcquire().IsAcquired);
        Assert.False(bucket.AttemptAcquire().IsAcquired);

        time.Advance(TimeSpan.FromSeconds(10));

        using var lease = bucket.AttemptAcquire();
        Assert.True(lease.IsAcquired);
        Assert.Empty(lease.MetadataNames);
    }

    [Fact]
    public void AttemptAcquire_ExactlyTheRetryAfterLaterWithThirdsOfAPermit_Granted()
    {
        using var bucket = new ClockTokenBucket(2, TimeSpan.FromSeconds(30), time);
        bucket.AttemptAcquire().Dispose();
        time.Advance(TimeSpan.FromSeconds(10));
        bucket.AttemptAcquire().Dispose();
        using var refused = bucket.AttemptAcquire();
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));

        time.Advance(retryAfter);

        Assert.Equal(TimeSpan.FromSeconds(20), retryAfter);
        Assert.True(bucket.AttemptAcquire().IsAcquired);
    }

    [Fact]
    public void IdleDuration_RefillingThenFull_NullThenTimeSinceFull()
    {
        using var bucket = new ClockTokenBucket(2, TimeSpan.FromSeconds(10), time);
        bucket.AttemptAcquire().Dispose();

        Assert.Null(bucket.IdleDuration);
        time.Advance(TimeSpan.FromSeconds(25));
        Assert.Equal(TimeSpan.FromSeconds(15), bucket.IdleDuration);
    }

    [Fact]
    public void GetStatistics_AfterGrantsAndRefusals_CountsBothAndThePermitsLeft()
    {
        using var bucket = new ClockTokenBucket(2, TimeSpan.FromSeconds(10), time);
        bucket.AttemptAcquire().Dispose();
        bucket.AttemptAcquire().Dispose();
        bucket.AttemptAcquire().Dispose();
        time.Advance(TimeSpan.FromSeconds(10));

        var stats = bucket.GetStatistics()!;

        Assert.Equal((1L, 2L, 1L), (stats.CurrentAvailablePermits, stats.TotalSuccessfulLeases, stats.TotalFailedLeases));
    }

    [Fact]
    public async Task AcquireAsync_Empty_RefusedAtOnceRatherThanQueued()
    {
        using var bucket = new ClockTokenBucket(1, TimeSpan.FromMinutes(1), time);
        bucket.AttemptAcquire().Dispose();

        using var lease = await bucket.AcquireAsync(1, TestContext.Current.CancellationToken);

        Assert.False(lease.IsAcquired);
        Assert.True(lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(TimeSpan.FromMinutes(1), retryAfter);
    }
}
