using System.Numerics.Tensors;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage;
using NewsBot.Core.Text;

namespace NewsBot.Testing.Fakes;

/// <summary>A hand-written in-memory store for tests of code above the store port (lexical score: the rarity, log(1 + chunks / chunks holding it), of each analyzed query term a chunk holds).</summary>
public sealed class InMemoryChunkStore : IChunkStore
{
    private readonly Dictionary<string, (StoredArticle Stored, IReadOnlyList<EmbeddedChunk> Chunks)> articles = new(StringComparer.Ordinal);
    private EmbedderSignature? embedder;

    public Task EnsureEmbedderAsync(EmbedderSignature signature, CancellationToken cancellationToken)
    {
        if (embedder is not null && embedder != signature)
        {
            throw new EmbedderMismatchException(embedder, signature);
        }

        embedder = signature;
        return Task.CompletedTask;
    }

    public Task<EmbedderSignature?> GetEmbedderAsync(CancellationToken cancellationToken) => Task.FromResult(embedder);

    public Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(string? sourceKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(articles.Values
            .Where(a => sourceKey is null || a.Stored.Article.SourceKey == sourceKey)
            .ToDictionary(a => a.Stored.Article.Id, a => a.Stored.ContentHash, StringComparer.Ordinal));

    public Task<IndexChange> UpsertAsync(Article article, string contentHash, IReadOnlyList<EmbeddedChunk> chunks, CancellationToken cancellationToken)
    {
        if (chunks.FirstOrDefault(c => embedder is not null && c.Vector.Length != embedder.Dimensions) is { } wrong)
        {
            throw new ArgumentException($"Article '{article.Id}': chunk '{wrong.Chunk.Id}' has a vector of {wrong.Vector.Length} dimensions, not the store's; nothing was written.", nameof(chunks));
        }

        var change = IndexChange.Added;
        if (articles.TryGetValue(article.Id, out var existing))
        {
            if (existing.Stored.ContentHash == contentHash)
            {
                return Task.FromResult(IndexChange.Unchanged);
            }

            change = IndexChange.Updated;
        }

        articles[article.Id] = (new StoredArticle(article, contentHash, chunks.Count), chunks);
        return Task.FromResult(change);
    }

    public Task<bool> RemoveAsync(string articleId, CancellationToken cancellationToken) => Task.FromResult(articles.Remove(articleId));

    public Task ClearAsync(CancellationToken cancellationToken)
    {
        articles.Clear();
        embedder = null;
        return Task.CompletedTask;
    }

    public Task<StoredArticle?> GetArticleAsync(string articleId, CancellationToken cancellationToken) =>
        Task.FromResult(articles.TryGetValue(articleId, out var a) ? a.Stored : null);

    public Task<IReadOnlyList<StoredArticle>> ListArticlesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredArticle>>([.. articles.Values.Select(a => a.Stored).OrderBy(a => a.Article.Id, StringComparer.Ordinal)]);

    public Task<IReadOnlyList<ArticleHeading>> ListHeadingsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ArticleHeading>>([.. articles.Values.Select(a => a.Stored.Article)
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => new ArticleHeading(a.Id, a.Title, a.Outlet, a.SourceKey, a.Published))]);

    public Task<IReadOnlyList<StoredArticle>> ListRecentAsync(SearchFilter filter, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredArticle>>([.. articles.Values.Select(a => a.Stored)
            .Where(s => s.Article.Published is not null && filter.Matches(s.Article.Outlet, s.Article.Published))
            .OrderByDescending(s => s.Article.Published!.Value.UtcTicks)
            .ThenBy(s => s.Article.Id, StringComparer.Ordinal)
            .Take(limit)]);

    public Task<IReadOnlyList<StoredArticle>> FindArticlesAsync(string reference, int limit, CancellationToken cancellationToken) =>
        Task.FromResult(ArticleLookup.Rank(
            articles.Values.Select(a => a.Stored),
            s => (s.Article.Id, s.Article.Title, s.Article.Url, s.Article.Published),
            reference,
            limit));

    public Task<IReadOnlyList<ChunkHit>> GetChunksAsync(string articleId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ChunkHit>>(articles.TryGetValue(articleId, out var a) ? [.. a.Chunks.Select(c => Hit(a.Stored.Article, c, 0))] : []);

    public Task<StoreCounts> CountAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new StoreCounts(articles.Count, articles.Values.Sum(a => a.Chunks.Count)));

    public Task<IReadOnlyList<ChunkHit>> SearchLexicalAsync(IReadOnlyList<string> terms, SearchFilter filter, int limit, CancellationToken cancellationToken)
    {
        var wanted = TextAnalyzer.QueryTerms(terms).ToHashSet(StringComparer.Ordinal);
        var texts = articles.Values.SelectMany(a => a.Chunks.Select(c => TextAnalyzer.Analyze(a.Stored.Article.Title + " " + c.Chunk.Text).ToHashSet(StringComparer.Ordinal))).ToList();
        var weight = wanted.ToDictionary(t => t, t => Math.Log(1 + ((double)texts.Count / Math.Max(1, texts.Count(x => x.Contains(t))))), StringComparer.Ordinal);
        return Task.FromResult<IReadOnlyList<ChunkHit>>([.. Candidates(filter)
            .Select(x => Hit(x.Article, x.Chunk, TextAnalyzer.Analyze(x.Article.Title + " " + x.Chunk.Chunk.Text).Distinct().Where(wanted.Contains).Sum(t => weight[t])))
            .Where(h => h.Score > 0)
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.ChunkId, StringComparer.Ordinal)
            .Take(limit)]);
    }

    public Task<IReadOnlyList<ChunkHit>> SearchVectorAsync(ReadOnlyMemory<float> vector, SearchFilter filter, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ChunkHit>>([.. Candidates(filter)
            .Select(x => Hit(x.Article, x.Chunk, TensorPrimitives.CosineSimilarity(vector.Span, x.Chunk.Vector.Span)))
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.ChunkId, StringComparer.Ordinal)
            .Take(limit)]);

    private IEnumerable<(Article Article, EmbeddedChunk Chunk)> Candidates(SearchFilter filter) =>
        articles.Values
            .Where(a => filter.Matches(a.Stored.Article.Outlet, a.Stored.Article.Published))
            .SelectMany(a => a.Chunks.Select(c => (a.Stored.Article, c)));

    private static ChunkHit Hit(Article article, EmbeddedChunk chunk, double score) =>
        new(chunk.Chunk.Id, article.Id, chunk.Chunk.Position, chunk.Chunk.Text, article.Title, article.Outlet, article.Published, article.Url, score);
}
