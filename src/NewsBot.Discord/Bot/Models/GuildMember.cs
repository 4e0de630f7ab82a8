namespace NewsBot.Discord.Bot.Models;

/// <summary>The member who used an interaction in a guild: their roles and their permissions in the channel (a decimal string of bits).</summary>
internal sealed record GuildMember(DiscordUser? User, IReadOnlyList<string>? Roles, string? Permissions);
