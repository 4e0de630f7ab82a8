namespace NewsBot.Testing.Discord;

/// <summary>An answer a test scripted for the next request(s) of a route, sent instead of the normal one.</summary>
/// <param name="Status">HTTP status code.</param>
/// <param name="Body">JSON body, or empty for none.</param>
/// <param name="Headers">Extra headers (they replace the normal rate-limit headers of the same name).</param>
public sealed record ScriptedAnswer(int Status, string Body, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>A 429 as Discord sends it: <c>retry_after</c> in seconds, <c>global</c>, and a <c>Retry-After</c> header.</summary>
    public static ScriptedAnswer RateLimited(TimeSpan retryAfter, bool global = false)
    {
        var seconds = retryAfter.TotalSeconds;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Retry-After"] = Math.Ceiling(seconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["X-RateLimit-Scope"] = global ? "global" : "user",
        };
        if (global)
        {
            headers["X-RateLimit-Global"] = "true";
        }
        else
        {
            headers["X-RateLimit-Remaining"] = "0";
            headers["X-RateLimit-Reset-After"] = seconds.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
        }

        return new ScriptedAnswer(429, DiscordErrorBody.RateLimited(seconds, global), headers);
    }

    /// <summary>A server error (500, 502, 503, …) with Discord's error body.</summary>
    public static ScriptedAnswer ServerError(int status = 502) =>
        new(status, DiscordErrorBody.Write($"{status}: Server Error", 0), new Dictionary<string, string>());

    /// <summary>A 404 with a Discord error code, e.g. 10015 Unknown Webhook or 10062 Unknown interaction.</summary>
    public static ScriptedAnswer NotFound(int code = 10015, string message = "Unknown Webhook") =>
        new(404, DiscordErrorBody.Write(message, code), new Dictionary<string, string>());
}
