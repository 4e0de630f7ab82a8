using Microsoft.Extensions.Logging;

namespace NewsBot.Storage.Qdrant;

/// <summary>Log messages of the Qdrant store (event ids 3100–3199). Only addresses, names, ids and counts are logged; never the key.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Created Qdrant collection {Collection} for {Embedder} behind alias {Alias}")]
    public static partial void CollectionCreated(ILogger logger, string collection, string embedder, string alias);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Qdrant collection {Alias} was built with {Stored} but {Configured} is configured")]
    public static partial void EmbedderMismatch(ILogger logger, string alias, string stored, string configured);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Debug, Message = "Article {ArticleId}: {Change} with {ChunkCount} chunks")]
    public static partial void ArticleWritten(ILogger logger, string articleId, string change, int chunkCount);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "Qdrant {Operation} failed with {Status}; attempt {Attempt}, retrying in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string operation, string status, int attempt, long delayMs);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Warning, Message = "Qdrant {Operation} failed with {Status}")]
    public static partial void CallFailed(ILogger logger, string operation, string status);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Information, Message = "Switched alias {Alias} to {Collection} and dropped {Dropped}")]
    public static partial void AliasSwitched(ILogger logger, string alias, string collection, string dropped);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Information, Message = "Cleared Qdrant collection {Alias}")]
    public static partial void Cleared(ILogger logger, string alias);

    [LoggerMessage(EventId = 3107, Level = LogLevel.Warning, Message = "Qdrant collection {Alias} was written before keyword weights were length-normalised; its keyword ranking differs from the embedded store's until 'newsbot index --rebuild'")]
    public static partial void OldKeywordWeights(ILogger logger, string alias);
}
