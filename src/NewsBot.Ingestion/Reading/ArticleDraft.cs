namespace NewsBot.Ingestion.Reading;

/// <summary>What a reader found in a document, before cleaning turns it into an <see cref="Core.Articles.Article"/>.</summary>
/// <param name="Document">The document it was read from.</param>
/// <param name="Title">The raw title (may be furniture; cleaning recovers the headline).</param>
/// <param name="Body">The raw body, one paragraph or page line per line.</param>
internal sealed record ArticleDraft(SourceDocument Document, string Title, string Body)
{
    /// <summary>The outlet named by the source itself, when known.</summary>
    public string? Outlet { get; init; }

    /// <summary>The publication time named by the source itself, when known.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The canonical link, when known.</summary>
    public string? Url { get; init; }

    /// <summary>The byline named by the source itself, when known.</summary>
    public string? Byline { get; init; }

    /// <summary>Overrides the origin (a feed item's link) when it differs from the document's.</summary>
    public string? Origin { get; init; }
}
