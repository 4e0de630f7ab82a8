using NewsBot.Core.Storage;

namespace NewsBot.Core.Retrieval;

/// <summary>An article found for a question, with its best passages (best first).</summary>
/// <param name="Score">Relevance weighted by time: how retrieval ranks the article.</param>
public sealed record RetrievedArticle(
    string ArticleId,
    string Title,
    string? Outlet,
    DateTimeOffset? Published,
    string? Url,
    double Score,
    IReadOnlyList<ChunkHit> Passages)
{
    /// <summary>How well the article matches the question before any time weighting.</summary>
    public double Relevance { get; init; }

    /// <summary>The best cosine between the question and one of the article's passages, when the vector search found one.</summary>
    public double? Cosine { get; init; }

    /// <summary>Whether the article falls inside the time window the question names (true when it names none).</summary>
    public bool InWindow { get; init; } = true;
}
