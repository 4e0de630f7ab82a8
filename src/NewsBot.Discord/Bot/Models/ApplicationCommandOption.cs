namespace NewsBot.Discord.Bot.Models;

/// <summary>An option of a slash command's definition.</summary>
internal sealed record ApplicationCommandOption(int Type, string Name, string Description, bool? Required = null, bool? Autocomplete = null)
{
    public const int StringType = 3;
}
