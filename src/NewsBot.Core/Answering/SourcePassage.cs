namespace NewsBot.Core.Answering;

/// <summary>
/// A passage an answer may cite by its number (1 for the first given): the text a citation to it must agree with,
/// and the article it belongs to. Several passages of one article become one <see cref="Citation"/>.
/// </summary>
public sealed record SourcePassage(
    string ArticleId,
    string ChunkId,
    string Title,
    string? Outlet,
    DateTimeOffset? Published,
    string? Url,
    string Text);
