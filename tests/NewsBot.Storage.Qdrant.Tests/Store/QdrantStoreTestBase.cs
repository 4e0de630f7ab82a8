using NewsBot.Core.Storage;
using NewsBot.Testing.Qdrant;
using NewsBot.Testing.Storage;

namespace NewsBot.Storage.Qdrant.Tests.Store;

/// <summary>A stand-in per test and stores pointed at it through the same settings a user gives.</summary>
public abstract class QdrantStoreTestBase : IAsyncLifetime
{
    private readonly List<QdrantChunkStore> _stores = [];

    protected const string Collection = "news";

    protected static EmbedderSignature Embedder { get; } = new("test/axes", 8);

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected QdrantStandIn StandIn { get; private set; } = null!;

    public virtual async ValueTask InitializeAsync() => StandIn = await QdrantStandIn.StartAsync(StandInOptions());

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        await StandIn.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected virtual QdrantStandInOptions? StandInOptions() => null;

    protected QdrantChunkStore Open(string? apiKey = null, Uri? url = null, int timeoutSeconds = 30, TimeProvider? time = null)
    {
        var store = new QdrantChunkStore(new QdrantStoreOptions
        {
            Url = (url ?? StandIn.Url).ToString(),
            Collection = Collection,
            ApiKey = apiKey,
            TimeoutSeconds = timeoutSeconds,
        }, time);
        _stores.Add(store);
        return store;
    }

    protected static async Task WriteAsync(IChunkStore store, params TestArticle[] articles)
    {
        await store.EnsureEmbedderAsync(Embedder, Ct);
        foreach (var article in articles)
        {
            await store.UpsertAsync(article.Article, article.ContentHash, article.Chunks, Ct);
        }
    }

    protected static float[] Axis(int axis) => TestVectors.Axis(Embedder.Dimensions, axis);
}
