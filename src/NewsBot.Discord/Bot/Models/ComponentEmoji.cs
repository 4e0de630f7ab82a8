namespace NewsBot.Discord.Bot.Models;

/// <summary>A unicode emoji on a button.</summary>
internal sealed record ComponentEmoji(string Name);
