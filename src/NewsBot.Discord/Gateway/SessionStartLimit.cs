using System.Text.Json;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// The <c>session_start_limit</c> of <c>GET gateway/bot</c>: how many new sessions (Identifies) the bot has left
/// (<see cref="Remaining"/> of <see cref="Total"/>) until <see cref="ResetAfter"/>, and how many shards may identify in
/// the same 5 s (<see cref="MaxConcurrency"/>).
/// </summary>
internal sealed record SessionStartLimit(int Total, int Remaining, TimeSpan ResetAfter, int MaxConcurrency)
{
    /// <summary>The limit in <paramref name="gatewayBot"/>, or null when it has none (or not in the documented shape).</summary>
    public static SessionStartLimit? From(JsonElement gatewayBot)
    {
        if (!gatewayBot.TryGetProperty("session_start_limit", out var limit) || limit.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        int? Number(string name) => limit.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) && number >= 0 ? number : null;
        return Number("remaining") is { } remaining
            ? new SessionStartLimit(
                Number("total") ?? remaining,
                remaining,
                TimeSpan.FromMilliseconds(Number("reset_after") ?? 0),
                Math.Max(1, Number("max_concurrency") ?? 1))
            : null;
    }
}
