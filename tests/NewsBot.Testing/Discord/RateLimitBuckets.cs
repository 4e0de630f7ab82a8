using System.Globalization;

namespace NewsBot.Testing.Discord;

/// <summary>
/// The <c>X-RateLimit-*</c> headers Discord sends on every answer: a bucket per route (and its major parameter), a
/// limit of 5 per 5 s window, the remaining count, and when the window resets. The stand-in reports; it does not refuse
/// (tests script 429s with <see cref="DiscordStandIn.ScriptNext"/>).
/// </summary>
internal sealed class RateLimitBuckets(TimeProvider clock)
{
    private const int Limit = 5;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);
    private readonly Lock gate = new();
    private readonly Dictionary<string, (DateTimeOffset Start, int Used)> buckets = new(StringComparer.Ordinal);

    public Dictionary<string, string> Take(string route, string major)
    {
        var now = clock.GetUtcNow();
        (DateTimeOffset Start, int Used) state;
        lock (gate)
        {
            var key = route + " " + major;
            if (!buckets.TryGetValue(key, out state) || now - state.Start >= Window)
            {
                state = (now, 0);
            }

            state.Used++;
            buckets[key] = state;
        }

        var resetAt = state.Start + Window;
        var hash = (uint)StringComparer.Ordinal.GetHashCode(route);
        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["X-RateLimit-Limit"] = Limit.ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Remaining"] = Math.Max(0, Limit - state.Used).ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Reset"] = (resetAt.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture),
            ["X-RateLimit-Reset-After"] = Math.Max(0, (resetAt - now).TotalSeconds).ToString("0.000", CultureInfo.InvariantCulture),
            ["X-RateLimit-Bucket"] = hash.ToString("x8", CultureInfo.InvariantCulture),
        };
    }
}
