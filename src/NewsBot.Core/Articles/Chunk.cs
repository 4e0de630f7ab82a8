namespace NewsBot.Core.Articles;

/// <summary>A passage of an article, the unit that is embedded, stored and retrieved.</summary>
/// <param name="Id">Deterministic id (<see cref="ArticleId.ChunkId"/>).</param>
/// <param name="ArticleId">The article it belongs to.</param>
/// <param name="Position">Zero-based position in the article.</param>
/// <param name="Text">The passage as shown to a reader.</param>
/// <param name="EmbeddingText">The text that is embedded: the passage prefixed with title and date.</param>
/// <param name="TokenCount">Tokens in <paramref name="Text"/>.</param>
public sealed record Chunk(
    string Id,
    string ArticleId,
    int Position,
    string Text,
    string EmbeddingText,
    int TokenCount);
