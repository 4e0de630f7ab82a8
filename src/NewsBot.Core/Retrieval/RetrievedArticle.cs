using NewsBot.Core.Storage;

namespace NewsBot.Core.Retrieval;

/// <summary>An article found for a question, with its best passages (best first).</summary>
public sealed record RetrievedArticle(
    string ArticleId,
    string Title,
    string? Outlet,
    DateTimeOffset? Published,
    string? Url,
    double Score,
    IReadOnlyList<ChunkHit> Passages);
