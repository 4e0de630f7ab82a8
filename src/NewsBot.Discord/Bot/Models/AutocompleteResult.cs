namespace NewsBot.Discord.Bot.Models;

/// <summary>The data of an autocomplete callback (type 8): at most 25 choices.</summary>
internal sealed record AutocompleteResult(IReadOnlyList<AutocompleteChoice> Choices);
