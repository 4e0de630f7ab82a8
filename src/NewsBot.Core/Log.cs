using Microsoft.Extensions.Logging;

namespace NewsBot.Core;

/// <summary>Log messages of the core, event ids 1000–1999.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Debug, Message = "Retrieval fused {Lexical} lexical and {Semantic} vector hits into {Articles} articles")]
    public static partial void Retrieved(ILogger logger, int lexical, int semantic, int articles);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "Declined \"{Question}\": {Reason}")]
    public static partial void Declined(ILogger logger, string question, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Debug, Message = "Passed over \"{Title}\" for \"{Question}\": {Reason}")]
    public static partial void PassedOver(ILogger logger, string title, string question, string reason);
}
