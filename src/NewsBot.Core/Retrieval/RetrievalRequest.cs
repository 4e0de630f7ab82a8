using NewsBot.Core.Storage;

namespace NewsBot.Core.Retrieval;

/// <summary>A question to retrieve articles for.</summary>
/// <param name="Question">The question as asked.</param>
public sealed record RetrievalRequest(string Question)
{
    /// <summary>When the question is asked; null means now (from <see cref="TimeProvider"/>). Evaluation replays old questions at their own date.</summary>
    public DateTimeOffset? AskedAt { get; init; }

    /// <summary>Hard restrictions by outlet and publication date.</summary>
    public SearchFilter Filter { get; init; } = SearchFilter.None;

    /// <summary>How many articles to return at most.</summary>
    public int MaxArticles { get; init; } = 10;

    /// <summary>How many passages to keep per article at most.</summary>
    public int PassagesPerArticle { get; init; } = 3;
}
