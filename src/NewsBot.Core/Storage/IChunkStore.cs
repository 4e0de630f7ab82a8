using NewsBot.Core.Articles;

namespace NewsBot.Core.Storage;

/// <summary>
/// The vector store port: articles, their chunks and vectors, with lexical and vector search.
/// Every write of an article is atomic: readers see the old article or the new one, never half.
/// </summary>
public interface IChunkStore
{
    /// <summary>
    /// Records <paramref name="embedder"/> as the store's embedder when the store is empty, or checks it matches.
    /// Throws <see cref="EmbedderMismatchException"/> when the store was built by another embedder.
    /// </summary>
    Task EnsureEmbedderAsync(EmbedderSignature embedder, CancellationToken cancellationToken);

    /// <summary>The embedder that built the store, or null when nothing has been written.</summary>
    Task<EmbedderSignature?> GetEmbedderAsync(CancellationToken cancellationToken);

    /// <summary>Content hashes of stored articles, by article id; limited to one source when <paramref name="sourceKey"/> is given.</summary>
    Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(string? sourceKey, CancellationToken cancellationToken);

    /// <summary>Adds or atomically replaces an article and all its chunks.</summary>
    Task<IndexChange> UpsertAsync(Article article, string contentHash, IReadOnlyList<EmbeddedChunk> chunks, CancellationToken cancellationToken);

    /// <summary>Removes an article and its chunks; false when it was not there.</summary>
    Task<bool> RemoveAsync(string articleId, CancellationToken cancellationToken);

    /// <summary>Removes everything, including the embedder record.</summary>
    Task ClearAsync(CancellationToken cancellationToken);

    /// <summary>One stored article, or null.</summary>
    Task<StoredArticle?> GetArticleAsync(string articleId, CancellationToken cancellationToken);

    /// <summary>Every stored article's metadata (bodies included), ordered by id.</summary>
    Task<IReadOnlyList<StoredArticle>> ListArticlesAsync(CancellationToken cancellationToken);

    /// <summary>Every stored article's heading (no body), ordered by id: for lists of titles and counts per source.</summary>
    Task<IReadOnlyList<ArticleHeading>> ListHeadingsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The newest dated articles (bodies included) within <paramref name="filter"/>'s outlets and dates, newest first
    /// (ties by id), at most <paramref name="limit"/>: what a briefing reads, without loading the whole archive.
    /// </summary>
    Task<IReadOnlyList<StoredArticle>> ListRecentAsync(SearchFilter filter, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Articles (bodies included) for a reference a user gave: the one with that id, those with that URL, then those whose
    /// titles share analyzed words with it, ranked as <see cref="ArticleLookup"/> says; at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<StoredArticle>> FindArticlesAsync(string reference, int limit, CancellationToken cancellationToken);

    /// <summary>The chunks of one article in order.</summary>
    Task<IReadOnlyList<ChunkHit>> GetChunksAsync(string articleId, CancellationToken cancellationToken);

    /// <summary>Number of stored articles and chunks.</summary>
    Task<StoreCounts> CountAsync(CancellationToken cancellationToken);

    /// <summary>Keyword search (BM25 or the store's equivalent) for chunks containing any of <paramref name="terms"/>.</summary>
    Task<IReadOnlyList<ChunkHit>> SearchLexicalAsync(IReadOnlyList<string> terms, SearchFilter filter, int limit, CancellationToken cancellationToken);

    /// <summary>Nearest chunks to <paramref name="vector"/> by cosine similarity.</summary>
    Task<IReadOnlyList<ChunkHit>> SearchVectorAsync(ReadOnlyMemory<float> vector, SearchFilter filter, int limit, CancellationToken cancellationToken);
}
