namespace NewsBot.Discord.Bot.Models;

/// <summary>A named field of an embed.</summary>
internal sealed record EmbedField(string Name, string Value, bool? Inline = null);
