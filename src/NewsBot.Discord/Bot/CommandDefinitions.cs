using NewsBot.Discord.Bot.Models;

namespace NewsBot.Discord.Bot;

/// <summary>The slash commands the bot registers by bulk overwrite.</summary>
internal static class CommandDefinitions
{
    public const string Ask = "ask";
    public const string Summarize = "summarize";
    public const string Sources = "sources";
    public const string Reindex = "reindex";
    public const string Help = "help";

    /// <summary>"32": Manage Server, as Discord wants permission bits, a decimal string.</summary>
    public const string ManageGuild = "32";

    public static IReadOnlyList<ApplicationCommand> All { get; } =
    [
        new(Ask, "Ask a question about the indexed news; the answer cites its articles.",
        [
            new(ApplicationCommandOption.StringType, "question", "Your question", Required: true),
            new(ApplicationCommandOption.StringType, "since", "Only articles since a date (2026-11-20), or day, week or month"),
            new(ApplicationCommandOption.StringType, "source", "Only articles from this outlet"),
        ]),
        new(Summarize, "Summarise one indexed article.",
        [
            new(ApplicationCommandOption.StringType, "article", "Start typing its title", Required: true, Autocomplete: true),
        ]),
        new(Sources, "List the sources I read, with their article counts."),
        new(Reindex, "Re-read the sources now (Manage Server or an admin role).",
        [
            new(ApplicationCommandOption.StringType, "source", "Only this configured source"),
        ])
        {
            DefaultMemberPermissions = ManageGuild,
            DmPermission = false,
            Contexts = [0],
        },
        new(Help, "What I can do."),
    ];
}
