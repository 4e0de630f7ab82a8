using Qdrant.Client.Grpc;
using static NewsBot.Testing.Storage.TestArticleBuilder;

namespace NewsBot.Storage.Qdrant.Tests.Store;

/// <summary>What the adapter asks of Qdrant: the collection's layout, waited writes, bounded batches, stable ids, a hybrid search in two requests.</summary>
public sealed class QdrantCollectionTests : QdrantStoreTestBase
{
    [Fact]
    public async Task EnsureEmbedderAsync_NoCollection_CreatesVersionedCollectionBehindAliasWithVectorsIndexesAndEmbedder()
    {
        var store = Open();

        await store.EnsureEmbedderAsync(Embedder, Ct);

        var create = Assert.Single(StandIn.CallsOf("qdrant.Collections/Create")).As<CreateCollection>()!;
        Assert.StartsWith(Collection + "-", create.CollectionName, StringComparison.Ordinal);
        Assert.Equal(create.CollectionName, StandIn.State.Aliases[Collection]);
        var dense = create.VectorsConfig.ParamsMap.Map["dense"];
        Assert.Equal(8UL, dense.Size);
        Assert.Equal(Distance.Cosine, dense.Distance);
        Assert.Equal(Modifier.Idf, create.SparseVectorsConfig.Map["sparse"].Modifier);
        Assert.Equal("test/axes", create.Metadata["newsbot_embedder"].StringValue);
        Assert.Equal(Core.Text.Bm25.TypicalLength, create.Metadata["newsbot_average_length"].DoubleValue);
        var indexes = StandIn.CallsOf("CreateFieldIndex").Select(c => c.As<CreateFieldIndexCollection>()!).ToDictionary(i => i.FieldName, i => i.FieldType);
        Assert.Equal(FieldType.Keyword, indexes["article_id"]);
        Assert.Equal(FieldType.Keyword, indexes["outlet_key"]);
        Assert.Equal(FieldType.Datetime, indexes["published"]);
        Assert.Equal(Embedder, await Open().GetEmbedderAsync(Ct));
    }

    [Fact]
    public async Task EnsureEmbedderAsync_ClusterSettings_NewCollectionGetsShardsReplicasAndOnDiskVectors()
    {
        var store = new QdrantChunkStore(new QdrantStoreOptions
        {
            Url = StandIn.Url.ToString(), Collection = Collection, ShardNumber = 6, ReplicationFactor = 2, WriteConsistencyFactor = 2, OnDisk = true,
        });

        await store.EnsureEmbedderAsync(Embedder, Ct);
        store.Dispose();

        var create = Assert.Single(StandIn.CallsOf("qdrant.Collections/Create")).As<CreateCollection>()!;
        Assert.Equal(6U, create.ShardNumber);
        Assert.Equal(2U, create.ReplicationFactor);
        Assert.Equal(2U, create.WriteConsistencyFactor);
#pragma warning disable CS0612
        Assert.True(create.VectorsConfig.ParamsMap.Map["dense"].OnDisk);
#pragma warning restore CS0612
    }

    [Fact]
    public async Task Writes_UpsertReplaceRemove_EveryWriteWaits()
    {
        var store = Open();
        await WriteAsync(store, Article("a1").WithChunk("Tariffs rose.", Axis(0)).Build());
        await WriteAsync(store, Article("a1").WithChunk("Tariffs fell.", Axis(1)).Build());
        await store.RemoveAsync("a1", Ct);

        var upserts = StandIn.CallsOf("qdrant.Points/Upsert").Select(c => c.As<UpsertPoints>()!).ToList();
        var deletes = StandIn.CallsOf("qdrant.Points/Delete").Select(c => c.As<DeletePoints>()!).ToList();
        Assert.NotEmpty(upserts);
        Assert.NotEmpty(deletes);
        Assert.All(upserts, u => Assert.True(u.Wait));
        Assert.All(deletes, d => Assert.True(d.Wait));
    }

    [Fact]
    public async Task UpsertAsync_LongArticle_SendsBatchesOfAtMost64Points()
    {
        var builder = Article("long");
        for (var i = 0; i < 150; i++)
        {
            builder.WithChunk($"Paragraph {i} of the budget debate.", Axis(i % 8));
        }

        await WriteAsync(Open(), builder.Build());

        var batches = StandIn.CallsOf("qdrant.Points/Upsert").Select(c => c.As<UpsertPoints>()!.Points.Count).ToList();
        Assert.All(batches, count => Assert.InRange(count, 1, 64));
        Assert.Equal(151, batches.Sum());
        Assert.Equal(151, StandIn.State.PointCount(Collection));
    }

    [Fact]
    public async Task UpsertAsync_SameArticleIntoTwoCollections_UsesTheSamePointIds()
    {
        var article = Article("a1").WithChunk("One.", Axis(0)).WithChunk("Two.", Axis(1)).Build();
        await WriteAsync(Open(), article);
        var first = PointIdsSent();
        await using var other = await NewsBot.Testing.Qdrant.QdrantStandIn.StartAsync();
        using var otherStore = new QdrantChunkStore(new QdrantStoreOptions { Url = other.Url.ToString(), Collection = "elsewhere" });
        await WriteAsync(otherStore, article);

        var second = other.CallsOf("qdrant.Points/Upsert").SelectMany(c => c.As<UpsertPoints>()!.Points).Select(p => p.Id.Uuid).ToList();
        Assert.Equal(3, first.Count);
        Assert.Equal(first, second);
        Assert.All(first, id => Assert.Equal('5', Guid.Parse(id).ToString()[14]));
    }

    [Fact]
    public async Task SearchHybridAsync_Question_OneBatchRequestWithDenseKeywordAndProbes_AllFiltered()
    {
        var store = Open();
        await WriteAsync(store, Article("a1").FromOutlet("TASS").WithChunk("Ceasefire talks resumed.", Axis(0)).Build());
        await WriteAsync(store, Article("a2").FromOutlet("Reuters").WithChunk("Ceasefire talks failed.", Axis(0)).Build());
        var before = StandIn.Calls.Count;

        var hits = await store.SearchHybridAsync(new Core.Storage.HybridQuery(["ceasefire", "talks"], Axis(0), 50), new Core.Storage.SearchFilter { Outlets = ["tass"] }, Ct);

        Assert.Equal("a1", Assert.Single(hits.Lexical).ArticleId);
        Assert.Equal("a1", Assert.Single(hits.Semantic).ArticleId);
        Assert.Equal(1.0, hits.Semantic[0].Score, 3);
        var queries = StandIn.Calls.Skip(before).Where(c => c.Method.StartsWith("qdrant.Points/Query", StringComparison.Ordinal)).ToList();
        var batch = Assert.Single(queries, c => c.Method == "qdrant.Points/QueryBatch").As<QueryBatchPoints>()!.QueryPoints;
        Assert.Single(queries);
        Assert.Equal(["dense", "sparse", "sparse", "sparse"], batch.Select(q => q.Using));
        Assert.Equal([50UL, 100UL, 1UL, 1UL], batch.Select(q => q.Limit));
        Assert.All(batch, q => Assert.Contains("outlet_key", q.Filter.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task SearchHybridAsync_LargestCandidatePoolOverLongPassages_TakesAnAnswerOverFourMegabytes()
    {
        var store = Open();
        var words = string.Join(' ', Enumerable.Repeat("harbour ferry crossing delayed by the strike at the northern pier", 40));
        var articles = Enumerable.Range(0, 300).Select(i =>
        {
            var builder = Article($"a{i}");
            for (var chunk = 0; chunk < 4; chunk++)
            {
                builder = builder.WithChunk($"{words} {i} {chunk}.", Axis((i + chunk) % 8));
            }

            return builder.Build();
        });
        await WriteAsync(store, [.. articles]);

        var hits = await store.SearchHybridAsync(new Core.Storage.HybridQuery(["harbour", "ferry"], Axis(0), 2000), Core.Storage.SearchFilter.None, Ct);

        // 1,200 passages of about 2,600 characters come back twice (vector and keyword search): over 6 MB in one answer.
        Assert.Equal((1200, 1200), (hits.Semantic.Count, hits.Lexical.Count));
    }

    private List<string> PointIdsSent() =>
        [.. StandIn.CallsOf("qdrant.Points/Upsert").SelectMany(c => c.As<UpsertPoints>()!.Points).Select(p => p.Id.Uuid)];
}
