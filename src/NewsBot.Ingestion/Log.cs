using Microsoft.Extensions.Logging;

namespace NewsBot.Ingestion;

/// <summary>Log messages of indexing, event ids 2100–2199 (reading uses 2000–2099).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Indexed: {Added} added, {Updated} updated, {Unchanged} unchanged, {Removed} removed, {Failed} failed")]
    public static partial void Indexed(ILogger logger, int added, int updated, int unchanged, int removed, int failed);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Not removing vanished articles of {Location}: {Failed} items failed to read, so the source may be incomplete")]
    public static partial void RemovalSkipped(ILogger logger, string location, int failed);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Could not index {Origin}")]
    public static partial void ArticleFailed(ILogger logger, string origin, Exception exception);
}
