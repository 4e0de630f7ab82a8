namespace NewsBot.Discord.Gateway;

/// <summary>The gateway refused the bot in a way retrying cannot mend; the message says what setting to fix.</summary>
internal sealed class DiscordFatalException(string message, int? closeCode) : Exception(message)
{
    /// <summary>The gateway's close code (4004, 4010–4014), or null when REST refused the token.</summary>
    public int? CloseCode { get; } = closeCode;
}
