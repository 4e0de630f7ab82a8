namespace NewsBot.Discord.Bot.Models;

/// <summary>What an interaction carries: a command's name and options, or a component's custom id.</summary>
internal sealed record InteractionData(string? Name, IReadOnlyList<CommandOption>? Options, string? CustomId, int? ComponentType);
