using NewsBot.Testing.Http;

namespace NewsBot.Ingestion.Tests.Reading;

public sealed class HtmlReaderTests
{
    private static readonly string[] StoryParagraphs =
    [
        "Engineers closed the estuary's tidal barrier six hours ahead of schedule on Thursday",
        "The barrier, which protects more than 40,000 homes along the lower river",
        "\"We would rather close an hour too soon than a minute too late,\" said chief engineer Tomas Reed",
        "Ferry services across the estuary were suspended from midday",
        "Council crews spent the morning clearing storm drains",
        "The harbour authority said the barrier would reopen on Friday morning",
    ];

    [Fact]
    public async Task ReadAsync_NewsPageFile_ReadsHeadlineBylineDateAndOutlet()
    {
        var article = Assert.Single(await ReadingHost.ReadAllAsync(TestFiles.Path("harbour-news-page.html"))).Article!;

        Assert.Equal("Tidal barrier closes early as storm surge nears", article.Title);
        Assert.Equal("Maren Holt", article.Byline);
        Assert.Equal("The Estuary Courier", article.Outlet);
        Assert.Equal(new DateTimeOffset(2024, 11, 14, 7, 30, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("https://courier.example/news/tidal-barrier-closes-early", article.Url);
    }

    [Fact]
    public async Task ReadAsync_NewsPageFile_KeepsEveryStoryParagraph()
    {
        var article = Assert.Single(await ReadingHost.ReadAllAsync(TestFiles.Path("harbour-news-page.html"))).Article!;
        var paragraphs = article.Body.Split("\n\n");

        Assert.All(StoryParagraphs, start => Assert.Contains(paragraphs, p => p.StartsWith(start, StringComparison.Ordinal)));
        Assert.Equal(StoryParagraphs.Length, paragraphs.Length);
    }

    [Theory]
    [InlineData("cookie")]
    [InlineData("Share on")]
    [InlineData("Copy link")]
    [InlineData("newsletter")]
    [InlineData("Related stories")]
    [InlineData("Sea wall repairs finished")]
    [InlineData("Already a subscriber")]
    [InlineData("Home › News")]
    [InlineData("Ines Varga")]
    [InlineData("All rights reserved")]
    public async Task ReadAsync_NewsPageFile_LeavesOutPageFurniture(string furniture)
    {
        var article = Assert.Single(await ReadingHost.ReadAllAsync(TestFiles.Path("harbour-news-page.html"))).Article!;

        Assert.DoesNotContain(furniture, article.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ReadAsync_WebPage_UsesTheUrlAsOriginSourceKeyAndId()
    {
        await using var server = LoopbackHttpServer.Start();
        server.Map("/news/barrier", CannedResponse.Html(TestFiles.Text("harbour-news-page.html")));
        var url = server.Url("/news/barrier").AbsoluteUri;

        var article = Assert.Single(await ReadingHost.ReadAllAsync(url)).Article!;

        Assert.Equal(url, article.Origin);
        Assert.Equal(url, article.SourceKey);
        Assert.Equal(Core.Articles.ArticleId.FromOrigin(url), article.Id);
        Assert.Equal("Tidal barrier closes early as storm surge nears", article.Title);
        Assert.Equal(1, server.RequestCount("/news/barrier"));
    }

    [Fact]
    public async Task ReadAsync_PageAnswering404_ReportsTheUrlAndStatus()
    {
        await using var server = LoopbackHttpServer.Start();
        var url = server.Url("/gone").AbsoluteUri;

        var outcome = Assert.Single(await ReadingHost.ReadAllAsync(url));

        Assert.Null(outcome.Article);
        Assert.Equal(url, outcome.Origin);
        Assert.Contains(url, outcome.Error, StringComparison.Ordinal);
        Assert.Contains("HTTP 404", outcome.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://example.org/news.html")]
    [InlineData("gopher://example.org/1/news")]
    public async Task ReadAsync_NonHttpScheme_IsRefused(string location)
    {
        var outcome = Assert.Single(await ReadingHost.ReadAllAsync(location));

        Assert.Null(outcome.Article);
        Assert.Contains(location, outcome.Error, StringComparison.Ordinal);
        Assert.Contains("only http(s)", outcome.Error, StringComparison.Ordinal);
    }
}
