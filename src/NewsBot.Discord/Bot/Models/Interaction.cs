namespace NewsBot.Discord.Bot.Models;

/// <summary>An <c>INTERACTION_CREATE</c> event: a slash command, a button press or an autocomplete request.</summary>
internal sealed record Interaction(
    string Id,
    string ApplicationId,
    int Type,
    InteractionData? Data,
    string? GuildId,
    string? ChannelId,
    GuildMember? Member,
    DiscordUser? User,
    string Token)
{
    /// <summary>Who used it: the member's user in a guild, the user in a DM.</summary>
    public string UserId => Member?.User?.Id ?? User?.Id ?? "0";
}
