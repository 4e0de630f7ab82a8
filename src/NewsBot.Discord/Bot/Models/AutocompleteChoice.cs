namespace NewsBot.Discord.Bot.Models;

/// <summary>One suggestion in an autocomplete result (name and value each at most 100 characters).</summary>
internal sealed record AutocompleteChoice(string Name, string Value);
