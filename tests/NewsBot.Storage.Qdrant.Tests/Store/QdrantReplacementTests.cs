using Grpc.Core;
using NewsBot.Core.Storage;
using NewsBot.Testing.Qdrant;
using Qdrant.Client.Grpc;
using static NewsBot.Testing.Storage.TestArticleBuilder;

namespace NewsBot.Storage.Qdrant.Tests.Store;

/// <summary>Replacing an article without transactions: readers see the whole old version or the whole new one.</summary>
public sealed class QdrantReplacementTests : QdrantStoreTestBase
{
    protected override QdrantStandInOptions StandInOptions() => new() { Points = state => new ArticleSwitchRefused(state) };

    [Fact]
    public async Task UpsertAsync_ArticleSwitchFails_ReadersStillSeeTheWholeOldVersion()
    {
        var store = Open();
        await WriteAsync(store, Article("a1").Titled("Steel tariffs").WithChunk("Tariffs on steel were raised.", Axis(0)).WithChunk("Steel makers objected.", Axis(1)).Build());
        ArticleSwitchRefused.Armed = true;
        var replacement = Article("a1").Titled("Aluminium tariffs").WithChunk("Tariffs on aluminium were raised.", Axis(0)).Build();

        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.UpsertAsync(replacement.Article, replacement.ContentHash, replacement.Chunks, Ct));

        Assert.True(StandIn.State.PointCount(Collection) > 3, "the new version's chunk points were written before the switch");
        Assert.Equal(["Tariffs on steel were raised.", "Steel makers objected."], (await store.GetChunksAsync("a1", Ct)).Select(c => c.Text));
        Assert.Empty(await store.SearchLexicalAsync(["aluminium"], SearchFilter.None, 10, Ct));
        Assert.Equal(["Tariffs on steel were raised.", "Steel makers objected."], (await store.SearchVectorAsync(Axis(0), SearchFilter.None, 10, Ct)).Select(h => h.Text));
        var hybrid = await store.SearchHybridAsync(new HybridQuery(["aluminium", "tariffs"], Axis(0), 10), SearchFilter.None, Ct);
        Assert.Equal(2, hybrid.Semantic.Count);
        Assert.All(hybrid.Lexical.Concat(hybrid.Semantic), h => Assert.Equal("Steel tariffs", h.Title));
    }

    [Fact]
    public async Task UpsertAsync_AfterAFailedSwitch_NextWriteCompletesAndLeavesNoOldChunks()
    {
        var store = Open();
        await WriteAsync(store, Article("a1").WithChunk("Tariffs on steel were raised.", Axis(0)).Build());
        ArticleSwitchRefused.Armed = true;
        var failed = Article("a1").WithChunk("Tariffs on copper were raised.", Axis(1)).Build();
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.UpsertAsync(failed.Article, failed.ContentHash, failed.Chunks, Ct));

        await WriteAsync(store, Article("a1").WithChunk("Tariffs on aluminium were raised.", Axis(2)).Build());

        Assert.Equal(["Tariffs on aluminium were raised."], (await store.GetChunksAsync("a1", Ct)).Select(c => c.Text));
        Assert.Equal(new StoreCounts(1, 1), await store.CountAsync(Ct));
        Assert.Equal(2, StandIn.State.PointCount(Collection));
    }

    /// <summary>Refuses, once armed, the write that switches an article point to a new version.</summary>
    private sealed class ArticleSwitchRefused(QdrantStandInState state) : QdrantPointsService(state)
    {
        public static bool Armed { get; set; }

        public override Task<PointsOperationResponse> Upsert(UpsertPoints request, ServerCallContext context)
        {
            if (Armed && request.Points.Any(p => p.Payload.TryGetValue("kind", out var kind) && kind.StringValue == "article"))
            {
                Armed = false;
                throw new RpcException(new Status(StatusCode.InvalidArgument, "Wrong input: refused by the test"));
            }

            return base.Upsert(request, context);
        }
    }
}
