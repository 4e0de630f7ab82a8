namespace NewsBot.Discord.Rest;

/// <summary>What is known of one rate-limit bucket: requests left and when it fills again. Guarded by its own lock.</summary>
internal sealed class RateLimitBucket
{
    private readonly Lock gate = new();
    private int? remaining;
    private DateTimeOffset resetAt;

    /// <summary>
    /// Takes one request from the bucket when it has one (or when nothing is known of it yet) and returns zero;
    /// otherwise returns how long to wait before asking again.
    /// </summary>
    public TimeSpan TryTake(DateTimeOffset now)
    {
        lock (gate)
        {
            if (remaining is null || now >= resetAt)
            {
                // Unknown, or the window has passed: go, and let the answer's headers say what is left.
                remaining = null;
                return TimeSpan.Zero;
            }

            if (remaining > 0)
            {
                remaining--;
                return TimeSpan.Zero;
            }

            return resetAt - now;
        }
    }

    /// <summary>Records what Discord said: <paramref name="left"/> requests until <paramref name="reset"/>.</summary>
    public void Update(int left, DateTimeOffset reset)
    {
        lock (gate)
        {
            remaining = left;
            resetAt = reset;
        }
    }
}
