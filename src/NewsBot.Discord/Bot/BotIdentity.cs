namespace NewsBot.Discord.Bot;

/// <summary>Who the bot is, learned from <c>READY</c>: its application id and its user id.</summary>
internal sealed class BotIdentity
{
    public string? ApplicationId { get; set; }

    public string? UserId { get; set; }
}
