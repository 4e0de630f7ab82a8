using System.Text.Json;

namespace NewsBot.Discord.Bot.Models;

/// <summary>An option a user filled in for a slash command; <see cref="Focused"/> marks the one being typed during autocomplete.</summary>
internal sealed record CommandOption(string Name, int Type, JsonElement? Value, bool? Focused, IReadOnlyList<CommandOption>? Options);
