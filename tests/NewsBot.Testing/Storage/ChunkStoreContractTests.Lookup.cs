using NewsBot.Core.Storage;
using static NewsBot.Testing.Storage.TestArticleBuilder;

namespace NewsBot.Testing.Storage;

/// <summary>Text analysis (stems, accents) and looking articles up by id, URL or title words.</summary>
public abstract partial class ChunkStoreContractTests
{
    [Theory]
    [InlineData("Police seized three fishing boats.", "seize")]
    [InlineData("The crabs were counted at dawn.", "crab")]
    [InlineData("Exports of grain are rising.", "exported")]
    public async Task SearchLexicalAsync_OtherFormOfWord_FindsChunk(string text, string term)
    {
        await WriteAsync(Article("a1").WithChunk(text, Axis(0)).Build(), Article("other").WithChunk("Unrelated weather report.", Axis(1)).Build());

        var hits = await Store.SearchLexicalAsync([term], SearchFilter.None, 10, Ct);

        Assert.Equal("a1", Assert.Single(hits).ArticleId);
    }

    [Theory]
    [InlineData("Talks in Zürich ended early.", "Zurich")]
    [InlineData("Talks in Zurich ended early.", "Zürich")]
    [InlineData("The mayor of São Paulo resigned.", "Sao")]
    public async Task SearchLexicalAsync_AccentsDiffer_FindsChunk(string text, string term)
    {
        await WriteAsync(Article("a1").WithChunk(text, Axis(0)).Build(), Article("other").WithChunk("Unrelated weather report.", Axis(1)).Build());

        var hits = await Store.SearchLexicalAsync([term], SearchFilter.None, 10, Ct);

        Assert.Equal("a1", Assert.Single(hits).ArticleId);
    }

    [Theory]
    [InlineData("Generous donors paid for the roof.", "general")]
    [InlineData("Astronomers mapped the universe.", "university")]
    [InlineData("The crowd was in the square.", "the")]
    public async Task SearchLexicalAsync_WordTheSharedAnalyzerKeepsApart_FindsNothing(string text, string term)
    {
        await WriteAsync(Article("a1").WithChunk(text, Axis(0)).Build());

        var hits = await Store.SearchLexicalAsync([term], SearchFilter.None, 10, Ct);

        Assert.Empty(hits);
    }

    [Fact]
    public async Task SearchLexicalAsync_AccentedInflectedPossessive_FindsChunkFromPlainStem()
    {
        await WriteAsync(
            Article("a1").Titled("Zürich's exporters").WithChunk("Shipments resumed on Monday.", Axis(0)).Build(),
            Article("other").Titled("Weather").WithChunk("Rain is expected.", Axis(1)).Build());

        var hits = await Store.SearchLexicalAsync(["zurich", "exporter"], SearchFilter.None, 10, Ct);

        Assert.Equal("a1", Assert.Single(hits).ArticleId);
    }

    [Fact]
    public async Task SearchLexicalAsync_RareTermAndCommonTerm_RanksRareTermMatchFirst()
    {
        await WriteAsync(
            Article("common1").WithChunk("The council met on Monday.", Axis(0)).Build(),
            Article("common2").WithChunk("The council met again on Tuesday.", Axis(1)).Build(),
            Article("common3").WithChunk("A council vote followed.", Axis(2)).Build(),
            Article("rare").WithChunk("A quorum was reached only once.", Axis(3)).Build());

        var hits = await Store.SearchLexicalAsync(["council", "quorum"], SearchFilter.None, 10, Ct);

        Assert.Equal("rare", hits[0].ArticleId);
        Assert.Equal(4, hits.Count);
    }

    [Fact]
    public async Task FindArticlesAsync_ById_ReturnsThatArticleWithBody()
    {
        await WriteAsync(Article("g20-1").Titled("Ministers meet").WithChunk("Blinken met Lavrov.", Axis(0)).Build(), Article("g20-2").Titled("Ministers part").Build());

        var found = await Store.FindArticlesAsync("g20-1", 5, Ct);

        Assert.Equal("g20-1", found[0].Article.Id);
        Assert.Equal("Blinken met Lavrov.", found[0].Article.Body);
    }

    [Fact]
    public async Task FindArticlesAsync_ByUrlInOtherCase_ReturnsThatArticle()
    {
        await WriteAsync(Article("a1").WithUrl("https://pa.example/News/1").Build(), Article("a2").WithUrl("https://pa.example/News/2").Build());

        var found = await Store.FindArticlesAsync("HTTPS://PA.EXAMPLE/news/2", 5, Ct);

        Assert.Equal("a2", Assert.Single(found).Article.Id);
    }

    [Fact]
    public async Task FindArticlesAsync_ByTitleWords_RanksMostSharedWordsThenNewerFirst()
    {
        await WriteAsync(
            Article("both-old").Titled("Wheat exports resume from Odesa").PublishedAt(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero)).Build(),
            Article("both-new").Titled("Odesa wheat export deal holds").PublishedAt(new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero)).Build(),
            Article("one").Titled("Wheat prices fall").Build(),
            Article("none").Titled("Football results").Build());

        var found = await Store.FindArticlesAsync("wheat exports Odesa", 10, Ct);

        Assert.Equal(["both-new", "both-old", "one"], found.Select(a => a.Article.Id));
    }

    [Fact]
    public async Task FindArticlesAsync_Limit_ReturnsAtMostLimit()
    {
        await WriteAsync(Article("a").Titled("Budget vote").Build(), Article("b").Titled("Budget passes").Build(), Article("c").Titled("Budget row").Build());

        Assert.Equal(2, (await Store.FindArticlesAsync("budget", 2, Ct)).Count);
        Assert.Empty(await Store.FindArticlesAsync("nothing matches this", 10, Ct));
    }
}
