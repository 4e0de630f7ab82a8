using Microsoft.Extensions.Logging;

namespace NewsBot.Discord;

/// <summary>Log messages of the Discord transport: REST 4000–4099, gateway 4100–4199. The token never appears in them.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Warning, Message = "Discord rate-limited {Route} (global: {Global}); waiting {RetryAfter}")]
    public static partial void RateLimited(ILogger logger, string route, TimeSpan retryAfter, bool global);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Discord failed {Route} (status {Status}, 0 when unreachable); trying again in {Delay}")]
    public static partial void RestRetrying(ILogger logger, string route, int status, TimeSpan delay);

    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Connecting to the Discord gateway ({Mode})")]
    public static partial void GatewayConnecting(ILogger logger, string mode);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Discord gateway session {State}")]
    public static partial void GatewayReady(ILogger logger, string state);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Discord gateway connection lost ({Reason}); reconnecting in {Delay}")]
    public static partial void GatewayDropped(ILogger logger, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "No heartbeat acknowledgement from Discord since the last beat; closing the connection and resuming")]
    public static partial void GatewayZombie(ILogger logger);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Discord asked the bot to reconnect (op {Op})")]
    public static partial void GatewayReconnectRequested(ILogger logger, int op);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Error, Message = "The dispatch handler failed on {Type}")]
    public static partial void DispatchFailed(ILogger logger, string type, Exception exception);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Warning, Message = "The dispatch handler took {Elapsed} on {Type}; it should hand long work off and return")]
    public static partial void DispatchSlow(ILogger logger, string type, TimeSpan elapsed);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Critical, Message = "Discord gateway stopped: {Reason}")]
    public static partial void GatewayFatal(ILogger logger, string reason);

    [LoggerMessage(EventId = 4108, Level = LogLevel.Critical, Message = "Discord gateway failed unexpectedly")]
    public static partial void GatewayCrashed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4109, Level = LogLevel.Warning, Message = "Not sending a gateway payload of {Bytes} bytes (op {Op}): Discord accepts at most 4096")]
    public static partial void PayloadTooLarge(ILogger logger, int bytes, int op);

    [LoggerMessage(EventId = 4110, Level = LogLevel.Warning, Message = "Holding a gateway payload (op {Op}) for {Wait}: Discord accepts {Limit} a minute on one connection")]
    public static partial void GatewaySendHeld(ILogger logger, int op, TimeSpan wait, int limit);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Warning, Message = "Discord allows no more session starts until its limit of {Total} resets; waiting {ResetAfter} before identifying")]
    public static partial void SessionStartsExhausted(ILogger logger, int total, TimeSpan resetAfter);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Information, Message = "Waiting {Wait} before shard {ShardId} identifies (one identify per 5 s for each rate-limit key)")]
    public static partial void IdentifySpaced(ILogger logger, int shardId, TimeSpan wait);
}
