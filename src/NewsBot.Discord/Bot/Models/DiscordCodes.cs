namespace NewsBot.Discord.Bot.Models;

/// <summary>Discord's numbers the bot uses: interaction and callback types, message flags, permission bits.</summary>
internal static class DiscordCodes
{
    public const int PingInteraction = 1;
    public const int CommandInteraction = 2;
    public const int ComponentInteraction = 3;
    public const int AutocompleteInteraction = 4;

    public const int PongCallback = 1;
    public const int MessageCallback = 4;
    public const int DeferredMessageCallback = 5;
    public const int DeferredUpdateCallback = 6;
    public const int AutocompleteCallback = 8;

    public const int EphemeralFlag = 64;

    public const ulong AdministratorPermission = 1UL << 3;
    public const ulong ManageGuildPermission = 1UL << 5;
}
