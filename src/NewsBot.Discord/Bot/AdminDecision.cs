namespace NewsBot.Discord.Bot;

/// <summary>Whether a user may run an admin command.</summary>
internal enum AdminDecision
{
    Allowed,
    NotInGuild,
    NotAdmin,
}
