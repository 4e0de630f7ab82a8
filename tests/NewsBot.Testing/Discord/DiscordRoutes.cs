namespace NewsBot.Testing.Discord;

/// <summary>The REST route templates the stand-in serves, spelled as in Discord's OpenAPI description.</summary>
public static class DiscordRoutes
{
    /// <summary>Matches any route, for scripting a global answer (e.g. a global 429).</summary>
    public const string Any = "*";

    /// <summary><c>GET</c>: the gateway URL, shard count and session start limit.</summary>
    public const string GatewayBot = "/gateway/bot";

    /// <summary><c>GET</c>: the bot user.</summary>
    public const string CurrentUser = "/users/@me";

    /// <summary><c>PUT</c>: bulk overwrite of global commands.</summary>
    public const string GlobalCommands = "/applications/{application_id}/commands";

    /// <summary><c>PUT</c>: bulk overwrite of a guild's commands.</summary>
    public const string GuildCommands = "/applications/{application_id}/guilds/{guild_id}/commands";

    /// <summary><c>POST</c>: the first response to an interaction.</summary>
    public const string InteractionCallback = "/interactions/{interaction_id}/{interaction_token}/callback";

    /// <summary><c>PATCH</c>: edit the interaction's original response.</summary>
    public const string OriginalMessage = "/webhooks/{webhook_id}/{webhook_token}/messages/@original";

    /// <summary><c>POST</c>: a follow-up message.</summary>
    public const string Webhook = "/webhooks/{webhook_id}/{webhook_token}";

    /// <summary><c>PATCH</c>: edit a follow-up message.</summary>
    public const string WebhookMessage = "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}";

    /// <summary><c>POST</c>: a message in a channel.</summary>
    public const string ChannelMessages = "/channels/{channel_id}/messages";

    /// <summary>Every route served, with its method, most specific first.</summary>
    internal static IReadOnlyList<(string Method, string Template)> Served { get; } =
    [
        ("GET", GatewayBot),
        ("GET", CurrentUser),
        ("PUT", GlobalCommands),
        ("PUT", GuildCommands),
        ("POST", InteractionCallback),
        ("PATCH", OriginalMessage),
        ("PATCH", WebhookMessage),
        ("POST", Webhook),
        ("POST", ChannelMessages),
    ];
}
