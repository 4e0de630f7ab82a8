namespace NewsBot.Discord.Bot.Models;

/// <summary>A <c>MESSAGE_CREATE</c> event's message; <see cref="ReferencedMessage"/> is the message it replies to, when it does.</summary>
internal sealed record DiscordMessage(
    string Id,
    string ChannelId,
    string? GuildId,
    DiscordUser Author,
    string? Content,
    IReadOnlyList<DiscordUser>? Mentions,
    MessageReference? MessageReference,
    DiscordMessage? ReferencedMessage);
