namespace NewsBot.Core.Storage;

/// <summary>A chunk found by a search, with its article's metadata and the search's own score (higher is better).</summary>
public sealed record ChunkHit(
    string ChunkId,
    string ArticleId,
    int Position,
    string Text,
    string Title,
    string? Outlet,
    DateTimeOffset? Published,
    string? Url,
    double Score);
