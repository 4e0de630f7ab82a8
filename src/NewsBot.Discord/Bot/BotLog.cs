using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Bot;

/// <summary>The bot's log lines (event ids 4200–4399). No token or interaction token ever reaches them.</summary>
internal static partial class BotLog
{
    [LoggerMessage(4200, LogLevel.Information, "Ready as user {BotUserId} of application {ApplicationId}.")]
    public static partial void Ready(ILogger logger, string botUserId, string applicationId);

    [LoggerMessage(4201, LogLevel.Information, "Registered {Count} slash commands ({Scope}).")]
    public static partial void CommandsRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(4202, LogLevel.Error, "Registering the slash commands failed.")]
    public static partial void RegistrationFailed(ILogger logger, Exception exception);

    [LoggerMessage(4210, LogLevel.Error, "Handling {Kind} failed; error id {ErrorId}.")]
    public static partial void HandlingFailed(ILogger logger, Exception exception, string kind, string errorId);

    [LoggerMessage(4211, LogLevel.Warning, "Telling the user about error {ErrorId} failed too.")]
    public static partial void ErrorReplyFailed(ILogger logger, Exception exception, string errorId);

    [LoggerMessage(4212, LogLevel.Debug, "Ignored a dispatch that could not be read: {Type}.")]
    public static partial void UnreadableDispatch(ILogger logger, string type);

    [LoggerMessage(4220, LogLevel.Information, "User {UserId} was rate limited for {Seconds} s.")]
    public static partial void RateLimited(ILogger logger, string userId, int seconds);

    [LoggerMessage(4230, LogLevel.Warning, "User {UserId} was refused admin command /{Command} in guild {GuildId}: {Decision}.")]
    public static partial void AdminRefused(ILogger logger, string userId, string command, string guildId, AdminDecision decision);

    [LoggerMessage(4231, LogLevel.Information, "User {UserId} ran admin command /{Command} in guild {GuildId}.")]
    public static partial void AdminAction(ILogger logger, string userId, string command, string guildId);

    [LoggerMessage(4240, LogLevel.Information, "Refresh: {Added} added, {Updated} updated, {Unchanged} unchanged, {Removed} removed, {Failures} failures, stopped: {Stopped}.")]
    public static partial void Refreshed(ILogger logger, int added, int updated, int unchanged, int removed, int failures, bool stopped);

    [LoggerMessage(4241, LogLevel.Information, "Refresh skipped: {Holder} is re-indexing.")]
    public static partial void RefreshSkipped(ILogger logger, string holder);

    [LoggerMessage(4242, LogLevel.Error, "Refresh failed.")]
    public static partial void RefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(4243, LogLevel.Information, "No sources are configured (NewsBot:Sources); the refresh service does nothing.")]
    public static partial void NoSourcesToRefresh(ILogger logger);

    [LoggerMessage(4250, LogLevel.Warning, "Saving feedback failed.")]
    public static partial void FeedbackFailed(ILogger logger, Exception exception);
}
