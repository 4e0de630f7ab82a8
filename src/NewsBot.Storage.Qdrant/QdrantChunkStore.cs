using Grpc.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage;
using NewsBot.Core.Text;
using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace NewsBot.Storage.Qdrant;

/// <summary>
/// The store in Qdrant over its official gRPC client. The configured collection name is an alias of a versioned
/// collection. An article is one article point plus one point per chunk of its current version; a replacement writes
/// the new version's chunks, then switches the article point to it, then deletes the old chunks, and every read keeps
/// only chunks of the version the article point names, so nobody sees half an article. Writes always wait.
/// </summary>
public sealed partial class QdrantChunkStore : IChunkStore, IHybridChunkSearch, IRebuildableStore, IDisposable
{
    private const int MaxBatchPoints = 64;
    private const int MaxBatchBytes = 4 * 1024 * 1024;
    private const uint ScrollPage = 256;
    private const int MaxTitleCandidates = 500;
    private static readonly TimeSpan CollectionCacheAge = TimeSpan.FromMinutes(1);

    private readonly QdrantConnection _connection;
    private readonly QdrantClient _client;
    private readonly QdrantStoreOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly QdrantCalls _calls;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly ArticleVersions _versions;
    private string _target;
    private string? _rebuilding;
    private (CollectionFacts? Facts, DateTimeOffset Read)? _collection;
    private bool _toldOfOldWeights;

    /// <summary>Connects to Qdrant as <paramref name="options"/> say (no call is made until the first operation).</summary>
    public QdrantChunkStore(QdrantStoreOptions options, TimeProvider? time = null, ILogger<QdrantChunkStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = time ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _target = options.Collection;
        _versions = new ArticleVersions(_time);
        var url = new Uri(options.Url);
        _connection = new QdrantConnection(url, options.ApiKey, TimeSpan.FromSeconds(options.TimeoutSeconds));
        _client = _connection.Client;
        _calls = new QdrantCalls(url.GetLeftPart(UriPartial.Authority), options.Collection, _time, _logger);
    }

    /// <inheritdoc />
    public async Task EnsureEmbedderAsync(EmbedderSignature embedder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentException.ThrowIfNullOrWhiteSpace(embedder.Name, nameof(embedder));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(embedder.Dimensions, nameof(embedder));
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var stored = (await ReadCollectionAsync(cancellationToken))?.Embedder;
            if (stored is null)
            {
                await CreateCollectionAsync(embedder, cancellationToken);
                _collection = (new CollectionFacts(embedder, Bm25.TypicalLength), _time.GetUtcNow());
                return;
            }

            if (stored != embedder)
            {
                Log.EmbedderMismatch(_logger, _target, stored.ToString(), embedder.ToString());
                throw new EmbedderMismatchException(stored, embedder);
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<EmbedderSignature?> GetEmbedderAsync(CancellationToken cancellationToken) =>
        (await GetCollectionAsync(cancellationToken))?.Embedder;

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(string? sourceKey, CancellationToken cancellationToken)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var point in ScrollAsync(SearchFilters.Articles(sourceKey), [Payloads.ArticleId, Payloads.ContentHash], cancellationToken))
        {
            if (Payloads.String(point.Payload, Payloads.ArticleId) is { } id && Payloads.String(point.Payload, Payloads.ContentHash) is { } hash)
            {
                hashes[id] = hash;
            }
        }

        return hashes;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">A chunk belongs to another article or its vector does not have the collection's dimension.</exception>
    public async Task<IndexChange> UpsertAsync(Article article, string contentHash, IReadOnlyList<EmbeddedChunk> chunks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentException.ThrowIfNullOrEmpty(article.Id, nameof(article));
        ArgumentException.ThrowIfNullOrEmpty(contentHash);
        ArgumentNullException.ThrowIfNull(chunks);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var averageLength = await ValidateChunksAsync(article, chunks, cancellationToken);
            var existing = await GetArticleAsync(article.Id, cancellationToken);
            if (existing?.ContentHash == contentHash)
            {
                Log.ArticleWritten(_logger, article.Id, nameof(IndexChange.Unchanged), chunks.Count);
                return IndexChange.Unchanged;
            }

            // New chunks first (invisible: the article point still names the old version), then the switch, then the cleanup.
            await WritePointsAsync([.. chunks.Select(c => Payloads.ChunkPoint(article, contentHash, c, averageLength))], cancellationToken);
            await WritePointsAsync([Payloads.ArticlePoint(article, contentHash, chunks.Count)], cancellationToken);
            _versions.Set(article.Id, contentHash);
            await _calls.RunAsync("delete", t => _client.DeleteAsync(_target, SearchFilters.StaleChunks(article.Id, contentHash), wait: true, cancellationToken: t), cancellationToken);
            var change = existing is null ? IndexChange.Added : IndexChange.Updated;
            Log.ArticleWritten(_logger, article.Id, change.ToString(), chunks.Count);
            return change;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<bool> RemoveAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            if (await GetArticleAsync(articleId, cancellationToken) is null)
            {
                return false;
            }

            // The article point goes first: from then on readers drop every chunk of it.
            await _calls.RunAsync("delete", t => _client.DeleteAsync(_target, PointIds.Article(articleId), wait: true, cancellationToken: t), cancellationToken);
            _versions.Set(articleId, null);
            await _calls.RunAsync("delete", t => _client.DeleteAsync(_target, SearchFilters.ArticleChunks(articleId), wait: true, cancellationToken: t), cancellationToken);
            return true;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <inheritdoc />
    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var physical = await ResolveAsync(_target, cancellationToken);
            if (physical is not null && physical != _target)
            {
                await _calls.RunAsync("update aliases", t => _client.UpdateAliasesAsync([new AliasOperations { DeleteAlias = new DeleteAlias { AliasName = _target } }], cancellationToken: t), cancellationToken);
            }

            if (physical is not null)
            {
                await _calls.RunAsync("delete collection", t => _client.DeleteCollectionAsync(physical, cancellationToken: t), cancellationToken);
            }

            _collection = null;
            _versions.Clear();
            Log.Cleared(_logger, _target);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<StoredArticle?> GetArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        var points = await ReadAsync("retrieve", t => _client.RetrieveAsync(_target, PointIds.Article(articleId), withPayload: true, withVectors: false, cancellationToken: t), [], cancellationToken);
        return points.Count == 0 ? null : Payloads.ReadArticle(points[0].Payload);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredArticle>> ListArticlesAsync(CancellationToken cancellationToken)
    {
        var articles = new List<StoredArticle>();
        await foreach (var point in ScrollAsync(SearchFilters.Articles(), null, cancellationToken))
        {
            articles.Add(Payloads.ReadArticle(point.Payload));
        }

        return [.. articles.OrderBy(a => a.Article.Id, StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredArticle>> FindArticlesAsync(string reference, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var key = reference.Trim();
        var candidates = new Dictionary<string, StoredArticle>(StringComparer.Ordinal);
        if (await GetArticleAsync(key, cancellationToken) is { } byId)
        {
            candidates[byId.Article.Id] = byId;
        }

        var filters = new List<Filter> { SearchFilters.Articles() & Conditions.MatchKeyword(Payloads.UrlKey, key.ToLowerInvariant()) };
        var terms = ArticleLookup.TitleTerms(key);
        if (terms.Count > 0)
        {
            filters.Add(SearchFilters.Articles() & Conditions.Match(Payloads.TitleTerms, [.. terms]));
        }

        foreach (var filter in filters)
        {
            await foreach (var point in ScrollAsync(filter, null, cancellationToken, MaxTitleCandidates))
            {
                var article = Payloads.ReadArticle(point.Payload);
                candidates[article.Article.Id] = article;
            }
        }

        return ArticleLookup.Rank(candidates.Values, s => (s.Article.Id, s.Article.Title, s.Article.Url, s.Article.Published), key, limit);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ChunkHit>> GetChunksAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        if (await GetArticleAsync(articleId, cancellationToken) is not { } article)
        {
            return [];
        }

        var hits = new List<ChunkHit>();
        await foreach (var point in ScrollAsync(SearchFilters.ArticleChunks(articleId, article.ContentHash), null, cancellationToken))
        {
            hits.Add(Payloads.ReadHit(point.Payload, 0));
        }

        return [.. hits.OrderBy(h => h.Position)];
    }

    /// <inheritdoc />
    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken)
    {
        var articles = await ReadAsync("count", t => _client.CountAsync(_target, SearchFilters.Articles(), exact: true, cancellationToken: t), 0UL, cancellationToken);
        var chunks = await ReadAsync("count", t => _client.CountAsync(_target, SearchFilters.Chunks(SearchFilter.None), exact: true, cancellationToken: t), 0UL, cancellationToken);
        return new StoreCounts((int)articles, (int)chunks);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ChunkHit>> SearchLexicalAsync(IReadOnlyList<string> terms, SearchFilter filter, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var sparse = TextAnalyzer.QueryWeights(terms);
        if (sparse.IsEmpty || limit == 0)
        {
            return [];
        }

        var chunks = SearchFilters.Chunks(filter);
        List<QueryPoints> queries = [.. KeywordQuery.Queries(_target, sparse, chunks, limit)];
        var results = await ReadAsync<IReadOnlyList<BatchResult>>("query batch", async t => await _client.QueryBatchAsync(_target, queries, cancellationToken: t), [], cancellationToken);
        return await CurrentAsync(KeywordQuery.Ranked(sparse, results, limit), cancellationToken);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The vector's length differs from the collection's dimension.</exception>
    public async Task<IReadOnlyList<ChunkHit>> SearchVectorAsync(ReadOnlyMemory<float> vector, SearchFilter filter, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (limit == 0 || !await CheckQueryVectorAsync(vector, cancellationToken))
        {
            return [];
        }

        var points = await ReadAsync(
            "query",
            t => _client.QueryAsync(_target, query: DenseQuery(vector), usingVector: Payloads.Dense, filter: SearchFilters.Chunks(filter), limit: (ulong)limit, payloadSelector: true, cancellationToken: t),
            [],
            cancellationToken);
        return await CurrentAsync(points, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<HybridHits> SearchHybridAsync(HybridQuery query, SearchFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(query.CandidatePool, nameof(query));
        if (query.CandidatePool == 0 || !await CheckQueryVectorAsync(query.Vector, cancellationToken))
        {
            return new HybridHits([], []);
        }

        // One request: the dense search, the keyword search by Qdrant's IDF and the probes that turn it into FTS5's;
        // Core fuses the two lists by score.
        var chunks = SearchFilters.Chunks(filter);
        var sparse = TextAnalyzer.QueryWeights(query.Terms);
        List<QueryPoints> queries = [Search(DenseQuery(query.Vector), Payloads.Dense, chunks, query.CandidatePool)];
        if (!sparse.IsEmpty)
        {
            queries.AddRange(KeywordQuery.Queries(_target, sparse, chunks, query.CandidatePool));
        }

        var results = await ReadAsync<IReadOnlyList<BatchResult>>("query batch", async t => await _client.QueryBatchAsync(_target, queries, cancellationToken: t), [], cancellationToken);
        if (results.Count == 0)
        {
            return new HybridHits([], []);
        }

        var semantic = results[0].Result;
        var lexical = KeywordQuery.Ranked(sparse, [.. results.Skip(1)], query.CandidatePool);
        var versions = await VersionsAsync([.. semantic, .. lexical], cancellationToken);
        return new HybridHits(Current(lexical, versions), Current(semantic, versions));
    }

    /// <summary>Closes the gRPC channel.</summary>
    public void Dispose()
    {
        _connection.Dispose();
        _writeGate.Dispose();
    }
}
