using System.Text.Json;
using NewsBot.Discord.Bot.Models;

namespace NewsBot.Discord.Bot;

/// <summary>Reads a slash command's options by name.</summary>
internal static class CommandOptions
{
    public static string? String(Interaction interaction, string name)
    {
        var option = interaction.Data?.Options?.FirstOrDefault(o => o.Name == name);
        return option?.Value is { ValueKind: JsonValueKind.String } value ? value.GetString() : option?.Value?.ToString();
    }
}
