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

    /// <summary>Session starts (Identifies) allowed per window; Discord gives most bots 1000 a day.</summary>
    public int SessionStartTotal { get; init; } = 1000;

    /// <summary>Session starts left when the stand-in starts (null: all of <see cref="SessionStartTotal"/>).</summary>
    public int? SessionStartsRemaining { get; init; }

    /// <summary>How long after the stand-in starts the session start count resets to <see cref="SessionStartTotal"/> (then every 24 h).</summary>
    public TimeSpan SessionStartResetAfter { get; init; } = TimeSpan.FromHours(24);

    /// <summary>The <c>max_concurrency</c> served: shards that may identify in the same 5 s (1 for most bots).</summary>
    public int MaxConcurrency { get; init; } = 1;

    /// <summary>The clock for recorded times and the interaction deadlines.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
