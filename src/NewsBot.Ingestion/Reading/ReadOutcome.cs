using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Reading;

/// <summary>What reading one item produced: an article, or one sentence saying what is wrong and where.</summary>
/// <param name="Origin">The file path or URL of the single item.</param>
/// <param name="Article">The cleaned article, when it could be read.</param>
/// <param name="Error">One clear sentence naming what is wrong and where, when it could not.</param>
public sealed record ReadOutcome(string Origin, Article? Article, string? Error)
{
    /// <summary>True when an article was read.</summary>
    public bool Succeeded => Article is not null;

    internal static ReadOutcome Success(Article article) => new(article.Origin, article, null);

    internal static ReadOutcome Failure(string origin, string error) => new(origin, null, error);
}
