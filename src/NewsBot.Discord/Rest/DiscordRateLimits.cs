using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.RateLimiting;

namespace NewsBot.Discord.Rest;

/// <summary>
/// The bot's rate-limit state, shared by every request (a singleton; the typed clients that use it come and go):
/// the buckets Discord named in <c>X-RateLimit-*</c> headers, a global pause after a global 429, and a limit of
/// <see cref="RequestsPerSecond"/> requests a second overall. All waiting is on the <see cref="TimeProvider"/>.
/// </summary>
internal sealed class DiscordRateLimits : IDisposable
{
    /// <summary>Discord's global limit for a bot; interaction responses are not counted against it.</summary>
    public const int RequestsPerSecond = 50;

    private readonly TimeProvider time;
    private readonly TokenBucketRateLimiter perSecond;
    private readonly ITimer replenisher;
    private readonly ConcurrentDictionary<string, string> bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> buckets = new(StringComparer.Ordinal);
    private long globalResumeTicks;

    public DiscordRateLimits(TimeProvider time)
    {
        this.time = time;
        perSecond = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = RequestsPerSecond,
            TokensPerPeriod = RequestsPerSecond,
            // Refilled once a second by a timer of the TimeProvider, so tests with a fake clock see the same limit. The
            // limiter itself measures time between manual refills on the real clock; a one-tick period makes every
            // refill count, leaving the cadence to the timer.
            ReplenishmentPeriod = TimeSpan.FromTicks(1),
            AutoReplenishment = false,
            QueueLimit = 10_000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        replenisher = time.CreateTimer(_ => perSecond.TryReplenish(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    /// <summary>Waits until <paramref name="route"/> may be sent: no global pause, a request left in its bucket, and room in the second.</summary>
    public async Task WaitToSendAsync(RouteKey route, CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = time.GetUtcNow();
            var globalWait = new DateTimeOffset(Interlocked.Read(ref globalResumeTicks), TimeSpan.Zero) - now;
            var wait = globalWait > TimeSpan.Zero ? globalWait : BucketFor(route).TryTake(now);
            if (wait <= TimeSpan.Zero)
            {
                break;
            }

            await Task.Delay(wait, time, cancellationToken);
        }

        if (!route.IsInteraction)
        {
            using var lease = await perSecond.AcquireAsync(1, cancellationToken);
            if (!lease.IsAcquired)
            {
                throw new DiscordApiException($"Too many Discord requests are waiting to be sent; {route.Template} was not sent.", null, null);
            }
        }
    }

    /// <summary>Records the <c>X-RateLimit-*</c> headers of an answer to <paramref name="route"/>.</summary>
    public void Observe(RouteKey route, HttpResponseMessage response)
    {
        if (Header(response, "X-RateLimit-Bucket") is { Length: > 0 } hash)
        {
            bucketOfRoute[route.Template] = hash;
        }

        if (int.TryParse(Header(response, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var left)
            && Seconds(Header(response, "X-RateLimit-Reset-After")) is { } resetAfter)
        {
            BucketFor(route).Update(left, time.GetUtcNow() + resetAfter);
        }
    }

    /// <summary>After a 429: nothing is sent on <paramref name="route"/>'s bucket (or anywhere, when <paramref name="global"/>) for <paramref name="retryAfter"/>.</summary>
    public void Pause(RouteKey route, TimeSpan retryAfter, bool global)
    {
        var until = time.GetUtcNow() + retryAfter;
        if (global)
        {
            var ticks = until.UtcTicks;
            long seen;
            do
            {
                seen = Interlocked.Read(ref globalResumeTicks);
            }
            while (seen < ticks && Interlocked.CompareExchange(ref globalResumeTicks, ticks, seen) != seen);
        }
        else
        {
            BucketFor(route).Update(0, until);
        }
    }

    public void Dispose()
    {
        replenisher.Dispose();
        perSecond.Dispose();
    }

    /// <summary>A header's value, or null.</summary>
    internal static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    /// <summary>A number of seconds (Discord sends fractions, e.g. <c>1.337</c>), or null.</summary>
    internal static TimeSpan? Seconds(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;

    private RateLimitBucket BucketFor(RouteKey route)
    {
        var bucket = bucketOfRoute.TryGetValue(route.Template, out var hash) ? hash : route.Template;
        return buckets.GetOrAdd(bucket + "|" + route.MajorParameter, _ => new RateLimitBucket());
    }
}
