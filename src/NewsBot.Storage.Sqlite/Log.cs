using Microsoft.Extensions.Logging;

namespace NewsBot.Storage.Sqlite;

/// <summary>Log messages of the SQLite store (event ids 3000–3099). Only paths, ids and counts are logged.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Opened SQLite store {Path} (schema version {SchemaVersion})")]
    public static partial void StoreOpened(ILogger logger, string path, int schemaVersion);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Recorded embedder {Embedder} in SQLite store {Path}")]
    public static partial void EmbedderRecorded(ILogger logger, string embedder, string path);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "SQLite store {Path} was built with {Stored} but {Configured} is configured")]
    public static partial void EmbedderMismatch(ILogger logger, string path, string stored, string configured);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Debug, Message = "Article {ArticleId}: {Change} with {ChunkCount} chunks")]
    public static partial void ArticleWritten(ILogger logger, string articleId, string change, int chunkCount);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Debug, Message = "Article {ArticleId} removed")]
    public static partial void ArticleRemoved(ILogger logger, string articleId);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Cleared SQLite store {Path}")]
    public static partial void StoreCleared(ILogger logger, string path);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "Loaded {Count} vectors of {Dimensions} dimensions from {Path} in {ElapsedMs} ms")]
    public static partial void VectorsLoaded(ILogger logger, int count, int dimensions, string path, long elapsedMs);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "Writing article {ArticleId} failed; the previous version is kept")]
    public static partial void ArticleWriteFailed(ILogger logger, Exception exception, string articleId);


    [LoggerMessage(EventId = 3009, Level = LogLevel.Information, Message = "Wrote vector file {VectorPath}: {Count} vectors at generation {Generation} in {ElapsedMs} ms")]
    public static partial void VectorFileWritten(ILogger logger, string vectorPath, long count, long generation, long elapsedMs);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Information, Message = "Vector file {VectorPath} cannot be used ({Reason}); writing it again from the store")]
    public static partial void VectorFileUnusable(ILogger logger, string vectorPath, string reason);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Warning, Message = "Vector file {VectorPath} cannot be written; vectors are read from the store into memory instead")]
    public static partial void VectorFileWriteFailed(ILogger logger, Exception exception, string vectorPath);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Debug, Message = "Opened vector file {VectorPath} ({FileRows} vectors) with {RecentRows} vectors written since, in {ElapsedMs} ms")]
    public static partial void VectorFileOpened(ILogger logger, string vectorPath, int fileRows, int recentRows, long elapsedMs);
}
