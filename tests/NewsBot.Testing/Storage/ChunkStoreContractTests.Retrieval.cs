using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Retrieval;
using NewsBot.Core.Storage;
using static NewsBot.Testing.Storage.TestArticleBuilder;

namespace NewsBot.Testing.Storage;

/// <summary>
/// Retrieval over the store as a user meets it: Core's retriever, which fuses on the store's side when the store offers
/// <see cref="IHybridChunkSearch"/> and by itself otherwise; relevance, filters, recency and replacement.
/// </summary>
public abstract partial class ChunkStoreContractTests
{
    private static readonly DateTimeOffset AskedAt = new(2024, 5, 21, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Whether the store under test fuses keyword and vector search itself.</summary>
    protected virtual bool FusesOnItsSide => false;

    [Fact]
    public void Store_HybridCapability_IsAsDeclared()
    {
        Assert.Equal(FusesOnItsSide, Store is IHybridChunkSearch);
    }

    [Fact]
    public async Task RetrieveAsync_KeywordAndVectorMatch_RanksArticleMatchingBothFirst()
    {
        await WriteAsync(
            Article("words").PublishedAt(AskedAt.AddDays(-2)).WithChunk("Drought hits the olive harvest in Andalusia.", Axis(1)).Build(),
            Article("both").PublishedAt(AskedAt.AddDays(-2)).WithChunk("Olive harvest shrinks as drought persists.", Axis(0)).Build(),
            Article("meaning").PublishedAt(AskedAt.AddDays(-2)).WithChunk("Farmers count their losses.", TestVectors.Between(Dimensions, 0, 2, 0.95f)).Build(),
            Article("neither").PublishedAt(AskedAt.AddDays(-2)).WithChunk("Football results from the weekend.", Axis(3)).Build());

        var result = await RetrieveAsync(new RetrievalRequest("olive harvest drought") { AskedAt = AskedAt });

        Assert.Equal("both", result.Articles[0].ArticleId);
        Assert.Contains("words", result.Articles.Select(a => a.ArticleId));
        Assert.Contains("meaning", result.Articles.Select(a => a.ArticleId));
    }

    [Fact]
    public async Task RetrieveAsync_SameStoryOnTwoDates_RanksNewerFirstAndDropsFuture()
    {
        await WriteAsync(
            Article("old").PublishedAt(AskedAt.AddDays(-40)).WithChunk("Ceasefire talks resumed in Doha.", Axis(0)).Build(),
            Article("new").PublishedAt(AskedAt.AddDays(-1)).WithChunk("Ceasefire talks resumed in Doha.", Axis(0)).Build(),
            Article("future").PublishedAt(AskedAt.AddDays(5)).WithChunk("Ceasefire talks resumed in Doha.", Axis(0)).Build());

        var result = await RetrieveAsync(new RetrievalRequest("ceasefire talks Doha") { AskedAt = AskedAt });

        Assert.Equal(["new", "old"], result.Articles.Select(a => a.ArticleId));
    }

    [Fact]
    public async Task RetrieveAsync_OutletAndDateFilter_KeepsOnlyMatchingArticles()
    {
        await WriteAsync(
            Article("pa").FromOutlet("Press Association").PublishedAt(AskedAt.AddDays(-3)).WithChunk("Ceasefire agreed.", Axis(0)).Build(),
            Article("pa-old").FromOutlet("Press Association").PublishedAt(AskedAt.AddDays(-30)).WithChunk("Ceasefire proposed.", Axis(0)).Build(),
            Article("tass").FromOutlet("TASS").PublishedAt(AskedAt.AddDays(-3)).WithChunk("Ceasefire agreed.", Axis(0)).Build());
        var filter = new SearchFilter { Outlets = ["press association"], From = AskedAt.AddDays(-7) };

        var result = await RetrieveAsync(new RetrievalRequest("ceasefire") { AskedAt = AskedAt, Filter = filter });

        Assert.Equal("pa", Assert.Single(result.Articles).ArticleId);
    }

    [Fact]
    public async Task RetrieveAsync_AfterReplacement_FindsOnlyTheNewVersion()
    {
        await WriteAsync(Article("a1").PublishedAt(AskedAt.AddDays(-1)).WithChunk("Tariffs on steel were raised.", Axis(0)).WithChunk("Steel makers objected to tariffs.", Axis(1)).Build());
        await WriteAsync(Article("a1").Titled("Corrected").PublishedAt(AskedAt.AddDays(-1)).WithChunk("Tariffs on aluminium were raised.", Axis(0)).Build());

        var result = await RetrieveAsync(new RetrievalRequest("steel aluminium tariffs") { AskedAt = AskedAt });

        var article = Assert.Single(result.Articles);
        Assert.Equal("Corrected", article.Title);
        Assert.Equal(["Tariffs on aluminium were raised."], article.Passages.Select(p => p.Text));
    }

    /// <summary>Core's retriever over the store under test, with a question embedder that always answers axis 0.</summary>
    private async Task<RetrievalResult> RetrieveAsync(RetrievalRequest request)
    {
        var services = new ServiceCollection()
            .AddSingleton(Store)
            .AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(new FixedEmbedder(Axis(0)))
            .AddLogging()
            .AddNewsBotCore(new ConfigurationBuilder().Build());
        await using var provider = services.BuildServiceProvider();
        return await provider.GetRequiredService<IRetriever>().RetrieveAsync(request, Ct);
    }
}
