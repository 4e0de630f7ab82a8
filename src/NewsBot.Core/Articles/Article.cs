namespace NewsBot.Core.Articles;

/// <summary>A cleaned news article as read from a source, before chunking.</summary>
/// <param name="Id">Deterministic id: the manifest id when there is one, else derived from <paramref name="Origin"/>.</param>
/// <param name="Title">Headline.</param>
/// <param name="Body">Cleaned body text, paragraphs separated by blank lines.</param>
/// <param name="Outlet">Publishing outlet (e.g. "Press Association"), when known.</param>
/// <param name="Published">Publication date, when known.</param>
/// <param name="Url">Link to the original article, when known.</param>
/// <param name="Origin">Where it was read from: a file path or URL.</param>
/// <param name="SourceKey">The configured source (folder, feed, page) it came from; used to remove vanished articles.</param>
public sealed record Article(
    string Id,
    string Title,
    string Body,
    string? Outlet,
    DateTimeOffset? Published,
    string? Url,
    string Origin,
    string SourceKey)
{
    /// <summary>Byline kept as metadata rather than body text.</summary>
    public string? Byline { get; init; }
}
