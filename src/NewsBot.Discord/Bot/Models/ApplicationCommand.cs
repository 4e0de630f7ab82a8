namespace NewsBot.Discord.Bot.Models;

/// <summary>A slash command's definition as registered by bulk overwrite.</summary>
internal sealed record ApplicationCommand(string Name, string Description, IReadOnlyList<ApplicationCommandOption>? Options = null)
{
    /// <summary>1: a chat-input (slash) command.</summary>
    public int Type { get; init; } = 1;

    /// <summary>The permission bits a member needs by default, as a decimal string; null means everyone.</summary>
    public string? DefaultMemberPermissions { get; init; }

    /// <summary>Whether the command is offered in DMs (for global commands).</summary>
    public bool? DmPermission { get; init; }

    /// <summary>Where the command may be used: 0 guild, 1 the bot's DM, 2 private channels.</summary>
    public IReadOnlyList<int>? Contexts { get; init; }
}
