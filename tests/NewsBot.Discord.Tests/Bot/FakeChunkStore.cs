using NewsBot.Core.Articles;
using NewsBot.Core.Storage;

namespace NewsBot.Discord.Tests.Bot;

/// <summary>A store holding a fixed list of articles, one chunk each; the bot lists their headings and reads them.</summary>
internal sealed class FakeChunkStore(IReadOnlyList<Article> articles) : IChunkStore
{
    /// <summary>The bot must not list every article with its body.</summary>
    public Task<IReadOnlyList<StoredArticle>> ListArticlesAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<ArticleHeading>> ListHeadingsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ArticleHeading>>([.. articles.Select(a => new ArticleHeading(a.Id, a.Title, a.Outlet, a.SourceKey, a.Published))]);

    public Task<IReadOnlyList<StoredArticle>> ListRecentAsync(SearchFilter filter, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<StoredArticle>> FindArticlesAsync(string reference, int limit, CancellationToken cancellationToken) =>
        Task.FromResult(ArticleLookup.Rank(
            articles.Select(a => new StoredArticle(a, "h", 1)),
            s => (s.Article.Id, s.Article.Title, s.Article.Url, s.Article.Published),
            reference,
            limit));

    public Task<IReadOnlyList<ChunkHit>> GetChunksAsync(string articleId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ChunkHit>>([.. articles.Where(a => a.Id == articleId)
            .Select(a => new ChunkHit(a.Id + "#0", a.Id, 0, a.Body, a.Title, a.Outlet, a.Published, a.Url, 1))]);

    public Task<StoreCounts> CountAsync(CancellationToken cancellationToken) => Task.FromResult(new StoreCounts(articles.Count, articles.Count));

    public Task<StoredArticle?> GetArticleAsync(string articleId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task EnsureEmbedderAsync(EmbedderSignature embedder, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<EmbedderSignature?> GetEmbedderAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(string? sourceKey, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IndexChange> UpsertAsync(Article article, string contentHash, IReadOnlyList<EmbeddedChunk> chunks, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> RemoveAsync(string articleId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task ClearAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<ChunkHit>> SearchLexicalAsync(IReadOnlyList<string> terms, SearchFilter filter, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<ChunkHit>> SearchVectorAsync(ReadOnlyMemory<float> vector, SearchFilter filter, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();
}
