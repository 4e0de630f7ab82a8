namespace NewsBot.Discord.Bot.Models;

/// <summary>A Discord user as events carry it.</summary>
internal sealed record DiscordUser(string Id, string? Username = null, bool? Bot = null);
