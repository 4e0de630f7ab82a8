using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Testing.Discord;

/// <summary>Discord's JSON error bodies: <c>{"message": …, "code": …}</c>, and the 429 form with <c>retry_after</c>.</summary>
public static class DiscordErrorBody
{
    /// <summary>An error with a message and Discord's numeric error code (0 for generic HTTP errors).</summary>
    public static string Write(string message, int code, JsonObject? errors = null)
    {
        var body = new JsonObject { ["message"] = message, ["code"] = code };
        if (errors is not null)
        {
            body["errors"] = errors;
        }

        return body.ToJsonString();
    }

    /// <summary>The 429 body: <c>message</c>, <c>retry_after</c> (seconds) and <c>global</c>.</summary>
    public static string RateLimited(double retryAfterSeconds, bool global) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["message"] = "You are being rate limited.",
            ["retry_after"] = Math.Round(retryAfterSeconds, 3),
            ["global"] = global,
        });

    /// <summary>A 400 Invalid Form Body (code 50035) naming one field and why.</summary>
    public static string InvalidFormBody(string field, string code, string message)
    {
        var errors = new JsonObject
        {
            [field] = new JsonObject
            {
                ["_errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }),
            },
        };
        return Write("Invalid Form Body", 50035, errors);
    }
}
