using Microsoft.Extensions.Logging;

namespace NewsBot.Ingestion.Reading;

/// <summary>Log messages of article reading (event ids 2000–2099).</summary>
internal static partial class ReadingLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Reading articles from {Location}")]
    public static partial void ReadingLocation(this ILogger logger, string location);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Could not read {Origin}: {Error}")]
    public static partial void ReadFailed(this ILogger logger, string origin, string error);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Read {Articles} articles from {Location} ({Failures} could not be read)")]
    public static partial void LocationRead(this ILogger logger, string location, int articles, int failures);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Debug, Message = "Skipping {Path}: not a format NewsBot reads")]
    public static partial void SkippedFile(this ILogger logger, string path);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Debug, Message = "Fetching {Url}")]
    public static partial void Fetching(this ILogger logger, Uri url);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Debug, Message = "Feed item {Link} carries only a summary; fetching the page")]
    public static partial void FetchingFeedItemPage(this ILogger logger, string link);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Debug, Message = "Manifest {Manifest} lists {Entries} articles")]
    public static partial void ManifestLoaded(this ILogger logger, string manifest, int entries);
}
