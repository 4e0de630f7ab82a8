using System.Globalization;
using NewsBot.Discord.Bot.Models;

namespace NewsBot.Discord.Bot;

/// <summary>
/// The bot's own check for admin commands, besides the default permissions Discord applies: in a guild, a member with
/// Manage Server or Administrator, or with one of the configured admin roles. Never in a DM.
/// </summary>
internal static class AdminCheck
{
    public static AdminDecision Decide(Interaction interaction, IEnumerable<ulong> adminRoleIds)
    {
        if (interaction.GuildId is null || interaction.Member is null)
        {
            return AdminDecision.NotInGuild;
        }

        if (ulong.TryParse(interaction.Member.Permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var bits)
            && (bits & (DiscordCodes.ManageGuildPermission | DiscordCodes.AdministratorPermission)) != 0)
        {
            return AdminDecision.Allowed;
        }

        var roles = new HashSet<string>(adminRoleIds.Select(r => r.ToString(CultureInfo.InvariantCulture)), StringComparer.Ordinal);
        return interaction.Member.Roles?.Any(roles.Contains) == true ? AdminDecision.Allowed : AdminDecision.NotAdmin;
    }
}
