using Grpc.Core;
using NewsBot.Core.Storage;
using NewsBot.Testing.Qdrant;
using static NewsBot.Testing.Storage.TestArticleBuilder;

namespace NewsBot.Storage.Qdrant.Tests.Store;

/// <summary>Qdrant's failures as a user meets them: one sentence naming the setting, retries for what passes.</summary>
public sealed class QdrantErrorTests : QdrantStoreTestBase
{
    [Fact]
    public async Task SearchVectorAsync_QdrantDown_ThrowsOneSentenceNamingTheUrlSetting()
    {
        await using var gone = await QdrantStandIn.StartAsync();
        var url = gone.Url;
        await gone.DisposeAsync();
        var store = Open(url: url);

        var ex = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.GetEmbedderAsync(Ct));

        Assert.Contains("NewsBot:Storage:Qdrant:Url", ex.Message, StringComparison.Ordinal);
        Assert.Contains(url.Authority, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public async Task EnsureEmbedderAsync_WrongApiKey_SaysTheKeyWasRefusedWithoutShowingIt()
    {
        StandIn.Script.ApiKey = "the-right-key";
        var store = Open(apiKey: "a-wrong-key");

        var ex = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.EnsureEmbedderAsync(Embedder, Ct));

        Assert.Contains("NewsBot:Storage:Qdrant:ApiKey", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("a-wrong-key", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("the-right-key", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnsureEmbedderAsync_RightApiKey_Works()
    {
        StandIn.Script.ApiKey = "the-right-key";
        var store = Open(apiKey: "the-right-key");

        await WriteAsync(store, Article("a1").WithChunk("Harvest news.", Axis(0)).Build());

        Assert.Equal("a1", Assert.Single(await store.SearchLexicalAsync(["harvest"], SearchFilter.None, 10, Ct)).ArticleId);
    }

    [Theory]
    [InlineData(StatusCode.Unavailable)]
    [InlineData(StatusCode.DeadlineExceeded)]
    public async Task SearchVectorAsync_TwoTransientFailures_RetriesAndAnswers(StatusCode code)
    {
        var store = Open();
        await WriteAsync(store, Article("a1").WithChunk("Harvest news.", Axis(0)).Build());
        StandIn.FailNext(code, method: "Query", times: 2);

        var hits = await store.SearchVectorAsync(Axis(0), SearchFilter.None, 10, Ct);

        Assert.Equal("a1", Assert.Single(hits).ArticleId);
        Assert.Equal(3, StandIn.CallsOf("Query").Count);
    }

    [Fact]
    public async Task SearchVectorAsync_TimesOutEveryTime_SaysQdrantDidNotAnswerInTime()
    {
        var store = Open();
        await WriteAsync(store, Article("a1").WithChunk("Harvest news.", Axis(0)).Build());
        StandIn.FailNext(StatusCode.DeadlineExceeded, method: "Query", times: 10);

        var ex = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.SearchVectorAsync(Axis(0), SearchFilter.None, 10, Ct));

        Assert.Contains("did not answer in time", ex.Message, StringComparison.Ordinal);
        Assert.Contains("NewsBot:Storage:Qdrant:TimeoutSeconds", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpsertAsync_CollectionMissing_SaysToRunIndex()
    {
        var store = Open();
        var article = Article("a1").WithChunk("Harvest news.", Axis(0)).Build();

        var ex = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.UpsertAsync(article.Article, article.ContentHash, article.Chunks, Ct));

        Assert.Contains("newsbot index", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_CollectionMissing_ReadAsAnEmptyIndex()
    {
        var store = Open();

        Assert.Equal(new StoreCounts(0, 0), await store.CountAsync(Ct));
        Assert.Empty(await store.SearchLexicalAsync(["harvest"], SearchFilter.None, 10, Ct));
        Assert.Empty(await store.SearchVectorAsync(Axis(0), SearchFilter.None, 10, Ct));
        Assert.Empty(await store.FindArticlesAsync("harvest", 10, Ct));
    }

    [Fact]
    public async Task EnsureEmbedderAsync_CollectionOfOtherDimension_RefusedWithReindexMessage()
    {
        await WriteAsync(Open(), Article("a1").WithChunk("Harvest news.", Axis(0)).Build());

        var ex = await Assert.ThrowsAsync<EmbedderMismatchException>(() => Open().EnsureEmbedderAsync(new EmbedderSignature("test/axes", 384), Ct));

        Assert.Contains("newsbot index --rebuild", ex.Message, StringComparison.Ordinal);
        Assert.Equal(8, ex.Stored.Dimensions);
    }
}
