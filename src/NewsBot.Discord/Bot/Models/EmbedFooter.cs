namespace NewsBot.Discord.Bot.Models;

/// <summary>An embed's footer line.</summary>
internal sealed record EmbedFooter(string Text);
