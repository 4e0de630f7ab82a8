using System.Text.Json;

namespace NewsBot.Testing.OpenAi;

/// <summary>Error bodies in OpenAI's shape: <c>{"error":{"message","type","param","code"}}</c>.</summary>
internal static class OpenAiErrorBody
{
    public static string Write(string message, string type, string? param = null, string? code = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["error"] = new Dictionary<string, string?>
            {
                ["message"] = message,
                ["type"] = type,
                ["param"] = param,
                ["code"] = code,
            },
        });

    /// <summary>A key shown the way error messages show it: a few leading characters, stars, the last four.</summary>
    public static string Mask(string key) =>
        key.Length <= 8 ? new string('*', key.Length) : key[..3] + new string('*', key.Length - 7) + key[^4..];
}
