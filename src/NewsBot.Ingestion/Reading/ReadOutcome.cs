using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Reading;

/// <summary>
/// What reading one item produced: an article, one sentence saying what is wrong and where, or (for a file whose
/// content repeats another's in the same folder) the item it duplicates.
/// </summary>
/// <param name="Origin">The file path or URL of the single item.</param>
/// <param name="Article">The cleaned article, when it could be read.</param>
/// <param name="Error">One clear sentence naming what is wrong and where, when it could not.</param>
public sealed record ReadOutcome(string Origin, Article? Article, string? Error)
{
    /// <summary>True when an article was read.</summary>
    public bool Succeeded => Article is not null;

    /// <summary>The origin of the item read earlier whose content this one repeats; such an item is skipped, not indexed.</summary>
    public string? DuplicateOf { get; init; }

    internal static ReadOutcome Success(Article article) => new(article.Origin, article, null);

    internal static ReadOutcome Failure(string origin, string error) => new(origin, null, error);

    internal static ReadOutcome Duplicate(string origin, string duplicateOf) => new(origin, null, null) { DuplicateOf = duplicateOf };
}
