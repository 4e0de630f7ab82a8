using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Discord;

/// <summary>How NewsBot writes and reads Discord's JSON: snake_case names, nulls left out.</summary>
internal static class DiscordJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
