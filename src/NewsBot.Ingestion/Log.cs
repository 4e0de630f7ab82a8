using Microsoft.Extensions.Logging;

namespace NewsBot.Ingestion;

/// <summary>Log messages of ingestion: reading 2000–2099, indexing 2100–2199, embedding 2200–2299.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Indexed: {Added} added, {Updated} updated, {Unchanged} unchanged, {Removed} removed, {Failed} failed")]
    public static partial void Indexed(ILogger logger, int added, int updated, int unchanged, int removed, int failed);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Keeping {Vanished} indexed articles of {Location} that were not read this time: {Failed} items failed to read, so the source may be incomplete")]
    public static partial void RemovalSkipped(ILogger logger, string location, int vanished, int failed);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Warning, Message = "Indexing stopped before it finished: {Added} articles added and {Updated} updated were kept; nothing was removed")]
    public static partial void IndexStopped(ILogger logger, int added, int updated);

    // A failed article is an expected event: the index report shows it as one line with its reason. The log says the
    // same at Information, without the exception; its stack trace is logged at Debug only, for diagnosis.
    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Could not index {Origin}: {Reason}")]
    public static partial void ArticleFailed(ILogger logger, string origin, string reason);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Debug, Message = "Details of the failure to index {Origin}")]
    public static partial void ArticleFailedDetail(ILogger logger, string origin, Exception exception);

    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Reading articles from {Location}")]
    public static partial void ReadingLocation(this ILogger logger, string location);

    // Information, not Warning: the index report already shows each item that could not be read as one line.
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Could not read {Origin}: {Error}")]
    public static partial void ReadFailed(this ILogger logger, string origin, string error);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Read {Articles} articles from {Location} ({Failures} could not be read)")]
    public static partial void LocationRead(this ILogger logger, string location, int articles, int failures);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Debug, Message = "Skipping {Path}: not a format NewsBot reads")]
    public static partial void SkippedFile(this ILogger logger, string path);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Debug, Message = "Fetching {Url}")]
    public static partial void Fetching(this ILogger logger, Uri url);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Debug, Message = "{Url} redirects to {Target}")]
    public static partial void Redirected(this ILogger logger, Uri url, Uri target);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Debug, Message = "Feed item {Link} carries only a summary; fetching the page")]
    public static partial void FetchingFeedItemPage(this ILogger logger, string link);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Information, Message = "Feed item {Link} indexed from its own text ({Words} words) because its page could not be used: {Reason}")]
    public static partial void FeedItemReadFromOwnText(this ILogger logger, string link, int words, string reason);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Debug, Message = "Manifest {Manifest} lists {Entries} articles")]
    public static partial void ManifestLoaded(this ILogger logger, string manifest, int entries);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Information, Message = "Not following {Path}: it leads to {Target}, a folder already read in this walk")]
    public static partial void FolderAlreadyWalked(this ILogger logger, string path, string target);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Information, Message = "Skipping {Path}: its content is identical to {Original}, which is indexed instead")]
    public static partial void DuplicateFile(this ILogger logger, string path, string original);

    [LoggerMessage(EventId = 2200, Level = LogLevel.Warning, Message = "Embedding without a cache: {Reason}")]
    public static partial void CacheUnavailable(ILogger logger, string reason);
}
