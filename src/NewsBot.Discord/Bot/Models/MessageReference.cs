namespace NewsBot.Discord.Bot.Models;

/// <summary>The message a message replies to.</summary>
internal sealed record MessageReference(string? MessageId, string? ChannelId = null, string? GuildId = null, bool? FailIfNotExists = null);
