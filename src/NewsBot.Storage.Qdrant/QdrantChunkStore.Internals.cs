using System.Globalization;
using System.Runtime.CompilerServices;
using Grpc.Core;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage;
using NewsBot.Core.Text;
using Qdrant.Client.Grpc;

namespace NewsBot.Storage.Qdrant;

/// <summary>The store's calls to Qdrant: collections, batched writes, paged reads and the current-version check.</summary>
public sealed partial class QdrantChunkStore
{
    /// <summary>The collection's facts, read again once <see cref="CollectionCacheAge"/> has passed.</summary>
    private async Task<CollectionFacts?> GetCollectionAsync(CancellationToken cancellationToken)
    {
        if (_collection is { } cached && _time.GetUtcNow() - cached.Read < CollectionCacheAge)
        {
            return cached.Facts;
        }

        return await ReadCollectionAsync(cancellationToken);
    }

    private async Task<CollectionFacts?> ReadCollectionAsync(CancellationToken cancellationToken)
    {
        var info = await ReadAsync<CollectionInfo?>("get collection", async t => await _client.GetCollectionInfoAsync(_target, t), null, cancellationToken);
        var facts = info is null ? null : CollectionLayout.Facts(info);
        _collection = (facts, _time.GetUtcNow());
        if (facts is { RecordedAverageLength: null } && !_toldOfOldWeights)
        {
            _toldOfOldWeights = true;
            Log.OldKeywordWeights(_logger, _target);
        }

        return facts;
    }

    /// <summary>Creates a versioned collection for <paramref name="embedder"/> with its payload indexes and, unless rebuilding, points the alias at it.</summary>
    private async Task CreateCollectionAsync(EmbedderSignature embedder, CancellationToken cancellationToken)
    {
        var physical = _rebuilding ?? NewCollectionName();
        await _calls.RunAsync("create collection", t => _client.CreateCollectionAsync(CollectionLayout.Request(physical, embedder, _options), t), cancellationToken);
        foreach (var (field, type) in CollectionLayout.Indexes)
        {
            await _calls.RunAsync("create payload index", t => _client.CreatePayloadIndexAsync(physical, field, type, wait: true, cancellationToken: t), cancellationToken);
        }

        if (_rebuilding is null)
        {
            await _calls.RunAsync(
                "update aliases",
                t => _client.UpdateAliasesAsync([new AliasOperations { CreateAlias = new CreateAlias { AliasName = _target, CollectionName = physical } }], cancellationToken: t),
                cancellationToken);
        }

        Log.CollectionCreated(_logger, physical, embedder.ToString(), _options.Collection);
    }

    private string NewCollectionName() =>
        $"{_options.Collection}-{_time.GetUtcNow().ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture)}";

    /// <summary>The collection behind <paramref name="name"/> (an alias or a collection), or null when neither exists.</summary>
    private async Task<string?> ResolveAsync(string name, CancellationToken cancellationToken)
    {
        var aliases = await _calls.RunAsync("list aliases", t => _client.ListAliasesAsync(t), cancellationToken);
        if (aliases.FirstOrDefault(a => a.AliasName == name) is { } alias)
        {
            return alias.CollectionName;
        }

        return await _calls.RunAsync("collection exists", t => _client.CollectionExistsAsync(name, t), cancellationToken) ? name : null;
    }

    /// <summary>Checks the chunks against the collection; returns the average passage length their keyword weights are written against.</summary>
    private async Task<float> ValidateChunksAsync(Article article, IReadOnlyList<EmbeddedChunk> chunks, CancellationToken cancellationToken)
    {
        foreach (var embedded in chunks)
        {
            if (embedded?.Chunk is null || embedded.Chunk.ArticleId != article.Id)
            {
                throw new ArgumentException($"Every chunk given for article '{article.Id}' must belong to it.", nameof(chunks));
            }
        }

        if (chunks.Count == 0)
        {
            return Bm25.TypicalLength;
        }

        var collection = await GetCollectionAsync(cancellationToken)
            ?? throw new StoreUnavailableException($"Qdrant has no collection '{_options.Collection}' yet; it is created when an index run records its embedder (run 'newsbot index').");
        var embedder = collection.Embedder;
        if (chunks.FirstOrDefault(c => c.Vector.Length != embedder.Dimensions) is { } wrong)
        {
            throw new ArgumentException(
                $"Article '{article.Id}': chunk '{wrong.Chunk.Id}' has a vector of {wrong.Vector.Length} dimensions, " +
                $"but the collection holds vectors of {embedder}; nothing was written.", nameof(chunks));
        }

        return collection.AverageLength;
    }

    /// <summary>Upserts points in batches bounded in count and in bytes, each acknowledged only once applied.</summary>
    private async Task WritePointsAsync(IReadOnlyList<PointStruct> points, CancellationToken cancellationToken)
    {
        var batch = new List<PointStruct>();
        var bytes = 0;
        foreach (var point in points)
        {
            var size = point.CalculateSize();
            if (batch.Count > 0 && (batch.Count == MaxBatchPoints || bytes + size > MaxBatchBytes))
            {
                await UpsertBatchAsync(batch, cancellationToken);
                batch = [];
                bytes = 0;
            }

            batch.Add(point);
            bytes += size;
        }

        if (batch.Count > 0)
        {
            await UpsertBatchAsync(batch, cancellationToken);
        }
    }

    private Task UpsertBatchAsync(List<PointStruct> batch, CancellationToken cancellationToken) =>
        _calls.RunAsync("upsert", t => _client.UpsertAsync(_target, batch, wait: true, cancellationToken: t), cancellationToken);

    /// <summary>Every point passing <paramref name="filter"/>, page by page; nothing when the collection does not exist.</summary>
    private async IAsyncEnumerable<RetrievedPoint> ScrollAsync(Filter filter, string[]? fields, [EnumeratorCancellation] CancellationToken cancellationToken, int max = int.MaxValue)
    {
        var selector = fields is null ? new WithPayloadSelector { Enable = true } : new WithPayloadSelector { Include = new PayloadIncludeSelector { Fields = { fields } } };
        PointId? offset = null;
        var returned = 0;
        do
        {
            var page = await ReadAsync<ScrollResponse?>(
                "scroll",
                async t => await _client.ScrollAsync(_target, filter, ScrollPage, offset, selector, cancellationToken: t),
                null,
                cancellationToken);
            if (page is null)
            {
                yield break;
            }

            foreach (var point in page.Result)
            {
                yield return point;
                if (++returned >= max)
                {
                    yield break;
                }
            }

            offset = page.NextPageOffset;
        }
        while (offset is not null);
    }

    /// <summary>
    /// Runs a read; a missing collection reads as empty (<paramref name="whenMissing"/>), and what is remembered of it
    /// is forgotten, so that a collection made again (by another process, perhaps for another embedder) is read afresh.
    /// </summary>
    private Task<T> ReadAsync<T>(string operation, Func<CancellationToken, Task<T>> call, T whenMissing, CancellationToken cancellationToken) =>
        _calls.RunAsync(operation, async t =>
        {
            try
            {
                return await call(t);
            }
            catch (RpcException ex) when (QdrantCalls.IsMissingCollection(ex))
            {
                _collection = null;
                _versions.Clear();
                return whenMissing;
            }
        }, cancellationToken);

    /// <summary>The hits whose chunk belongs to the version its article point names (a write in progress shows nothing of the new version, a removal nothing at all).</summary>
    private async Task<IReadOnlyList<ChunkHit>> CurrentAsync(IReadOnlyList<ScoredPoint> points, CancellationToken cancellationToken) =>
        Current(points, await VersionsAsync(points, cancellationToken));

    /// <summary>
    /// The version each article of <paramref name="points"/> currently has (a removed article is absent): as remembered
    /// when the points agree with it, else looked up (<see cref="ArticleVersions"/>).
    /// </summary>
    private async Task<Dictionary<string, string?>> VersionsAsync(IReadOnlyList<ScoredPoint> points, CancellationToken cancellationToken)
    {
        var found = points
            .Select(p => (ArticleId: Payloads.String(p.Payload, Payloads.ArticleId), Version: Payloads.String(p.Payload, Payloads.Version)))
            .Where(f => f.ArticleId is not null)
            .Select(f => (f.ArticleId!, f.Version))
            .ToList();
        var ids = found.Select(f => f.Item1).Distinct(StringComparer.Ordinal).ToList();
        var lookUp = _versions.ToLookUp(found);
        if (lookUp.Count > 0)
        {
            var articles = await ReadAsync(
                "retrieve",
                t => _client.RetrieveAsync(_target, [.. lookUp.Select(id => (PointId)PointIds.Article(id))], new WithPayloadSelector { Include = new PayloadIncludeSelector { Fields = { Payloads.ArticleId, Payloads.Version } } }, new WithVectorsSelector { Enable = false }, cancellationToken: t),
                [],
                cancellationToken);
            _versions.Remember(lookUp, articles.ToDictionary(a => Payloads.String(a.Payload, Payloads.ArticleId) ?? string.Empty, a => Payloads.String(a.Payload, Payloads.Version), StringComparer.Ordinal));
        }

        return _versions.Current(ids);
    }

    private static IReadOnlyList<ChunkHit> Current(IEnumerable<ScoredPoint> points, Dictionary<string, string?> versions) =>
        [.. points
            .Where(p => versions.TryGetValue(Payloads.String(p.Payload, Payloads.ArticleId) ?? string.Empty, out var version) && version == Payloads.String(p.Payload, Payloads.Version))
            .Select(p => Payloads.ReadHit(p.Payload, p.Score))];

    private QueryPoints Search(Query query, string vector, Filter filter, int limit) => new()
    {
        CollectionName = _target,
        Query = query,
        Using = vector,
        Filter = filter,
        Limit = (ulong)limit,
        WithPayload = new WithPayloadSelector { Enable = true },
    };

    /// <summary>False when no collection exists yet (nothing to search); throws when the vector has another dimension.</summary>
    private async Task<bool> CheckQueryVectorAsync(ReadOnlyMemory<float> vector, CancellationToken cancellationToken)
    {
        if (await GetEmbedderAsync(cancellationToken) is not { } embedder)
        {
            return false;
        }

        return vector.Length == embedder.Dimensions
            ? true
            : throw new ArgumentException($"The query vector has {vector.Length} dimensions but the collection holds vectors of {embedder}.", nameof(vector));
    }

    private static Query DenseQuery(ReadOnlyMemory<float> vector) =>
        new() { Nearest = new VectorInput { Dense = new DenseVector { Data = { vector.ToArray() } } } };
}
