namespace NewsBot.Testing.Discord;

/// <summary>How a <see cref="DiscordStandIn"/> behaves: who the bot is, and the timings Discord enforces.</summary>
public sealed class DiscordStandInOptions
{
    /// <summary>The bot token the stand-in accepts, in REST <c>Authorization: Bot …</c> and in Identify/Resume.</summary>
    public string Token { get; init; } = "stand-in-bot-token";

    /// <summary>The application's id (also the webhook id of interaction follow-ups).</summary>
    public string ApplicationId { get; init; } = "1100000000000000001";

    /// <summary>The bot user's id.</summary>
    public string BotUserId { get; init; } = "1100000000000000001";

    /// <summary>The bot user's name.</summary>
    public string BotUserName { get; init; } = "NewsBot";

    /// <summary>The <c>heartbeat_interval</c> sent in Hello; tests use short ones (200–1000 ms).</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromMilliseconds(1000);

    /// <summary>How long after dispatch the first interaction callback may arrive (Discord: 3 s).</summary>
    public TimeSpan FirstResponseDeadline { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long an interaction token stays valid for webhook calls (Discord: 15 min).</summary>
    public TimeSpan InteractionTokenLifetime { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>When false, an Identify asking for a privileged intent (members, presences, message content) is closed with 4014.</summary>
    public bool PrivilegedIntentsEnabled { get; init; } = true;

    /// <summary>The clock for recorded times and the interaction deadlines.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
