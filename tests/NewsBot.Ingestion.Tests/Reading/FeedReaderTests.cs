using NewsBot.Ingestion.Reading;
using NewsBot.Testing.Http;

namespace NewsBot.Ingestion.Tests.Reading;

public sealed class FeedReaderTests
{
    /// <summary>An item description of 52 words: short enough (under 400 characters) to send NewsBot to the item's page.</summary>
    private const string FerryDescription =
        "<p>The harbour council voted on Tuesday evening to extend the ferry timetable through the winter months, after a petition signed by more than two thousand residents asked for later crossings.</p>" +
        "<p>Councillors said the extra sailings would cost about forty thousand pounds a year and would be paid for from the transport reserve.</p>";

    private static readonly string LongText = string.Join(" ", Enumerable.Repeat("The lifeboat crew answered eleven calls in the busiest week of the summer season.", 8));

    private static string Rss(Uri server) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>The Estuary Courier</title>
            <link>{server}</link>
            <description>Local news</description>
            <item>
              <title>Lifeboat crew's busiest week</title>
              <link>{server}news/lifeboat</link>
              <pubDate>Tue, 12 Nov 2024 08:00:00 GMT</pubDate>
              <dc:creator>Ada Quill</dc:creator>
              <description>Short teaser.</description>
              <content:encoded><![CDATA[<p>{LongText}</p><p>Volunteers thanked the town for its support.</p>]]></content:encoded>
            </item>
            <item>
              <title>Tidal barrier closes early as storm surge nears</title>
              <link>{server}news/barrier</link>
              <pubDate>Thu, 14 Nov 2024 07:30:00 GMT</pubDate>
              <description>Engineers closed the barrier six hours early.</description>
            </item>
            <item>
              <title>Pier reopening delayed</title>
              <link>{server}news/pier-gone</link>
              <pubDate>Fri, 15 Nov 2024 10:00:00 GMT</pubDate>
              <description>The pier will not reopen this month.</description>
            </item>
          </channel>
        </rss>
        """;

    [Fact]
    public async Task ReadAsync_RssFeedUrl_EachItemBecomesAnArticle()
    {
        await using var server = StartNewsSite();
        var feedUrl = server.Url("/feed.xml").AbsoluteUri;

        var outcomes = await ReadingHost.ReadAllAsync(feedUrl);

        Assert.Equal(3, outcomes.Count);
        var lifeboat = outcomes[0].Article!;
        Assert.Equal("Lifeboat crew's busiest week", lifeboat.Title);
        Assert.Equal("The Estuary Courier", lifeboat.Outlet);
        Assert.Equal("Ada Quill", lifeboat.Byline);
        Assert.Equal(new DateTimeOffset(2024, 11, 12, 8, 0, 0, TimeSpan.Zero), lifeboat.Published);
        Assert.Equal(server.Url("/news/lifeboat").AbsoluteUri, lifeboat.Url);
        Assert.Equal(server.Url("/news/lifeboat").AbsoluteUri, lifeboat.Origin);
        Assert.Equal(feedUrl, lifeboat.SourceKey);
        Assert.Equal(Core.Articles.ArticleId.FromOrigin(lifeboat.Origin), lifeboat.Id);
        Assert.Contains("Volunteers thanked the town for its support.", lifeboat.Body, StringComparison.Ordinal);
        Assert.Equal(0, server.RequestCount("/news/lifeboat"));
    }

    [Fact]
    public async Task ReadAsync_ItemWithOnlyASummary_FetchesAndExtractsTheLinkedPage()
    {
        await using var server = StartNewsSite();

        var outcomes = await ReadingHost.ReadAllAsync(server.Url("/feed.xml").AbsoluteUri);

        var barrier = outcomes[1].Article!;
        Assert.Equal(1, server.RequestCount("/news/barrier"));
        Assert.Equal("Tidal barrier closes early as storm surge nears", barrier.Title);
        Assert.Equal("The Estuary Courier", barrier.Outlet);
        Assert.Contains("The harbour authority said the barrier would reopen on Friday morning", barrier.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on Facebook", barrier.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ItemLinkAnswering404_ReportsTheLinkAndKeepsTheOtherItems()
    {
        await using var server = StartNewsSite();
        var link = server.Url("/news/pier-gone").AbsoluteUri;

        var outcomes = await ReadingHost.ReadAllAsync(server.Url("/feed.xml").AbsoluteUri);

        var failed = Assert.Single(outcomes, o => o.Error is not null);
        Assert.Equal(link, failed.Origin);
        Assert.Contains(link, failed.Error, StringComparison.Ordinal);
        Assert.Contains("HTTP 404", failed.Error, StringComparison.Ordinal);
        Assert.Equal(2, outcomes.Count(o => o.Article is not null));
        Assert.Equal(1, server.RequestCount("/news/pier-gone"));
    }

    [Fact]
    public async Task ReadAsync_AtomFeedFile_ReadsEntriesWithFullText()
    {
        using var folder = new TempFolder();
        var path = folder.Write("courier.atom", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Harbour Notes</title>
              <id>urn:example:harbour</id>
              <updated>2024-11-16T09:00:00Z</updated>
              <entry>
                <title>Lifeboat crew's busiest week</title>
                <id>urn:example:harbour:1</id>
                <link href="https://courier.example/news/lifeboat" />
                <updated>2024-11-16T09:00:00Z</updated>
                <author><name>Ada Quill</name></author>
                <content type="html">&lt;p&gt;{LongText}&lt;/p&gt;</content>
              </entry>
            </feed>
            """);

        var article = Assert.Single(await ReadingHost.ReadAllAsync(path)).Article!;

        Assert.Equal("Lifeboat crew's busiest week", article.Title);
        Assert.Equal("Harbour Notes", article.Outlet);
        Assert.Equal("Ada Quill", article.Byline);
        Assert.Equal("https://courier.example/news/lifeboat", article.Url);
        Assert.Equal(new DateTimeOffset(2024, 11, 16, 9, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(path, article.SourceKey);
        Assert.StartsWith("The lifeboat crew answered eleven calls", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_BrokenFeedXml_ReportsTheFile()
    {
        using var folder = new TempFolder();
        var path = folder.Write("broken.rss", "<rss version=\"2.0\"><channel><title>Broken</title><item><title>Oops</item></channel></rss>");

        var outcome = Assert.Single(await ReadingHost.ReadAllAsync(path));

        Assert.Null(outcome.Article);
        Assert.Contains(path, outcome.Error, StringComparison.Ordinal);
        Assert.Contains("is not a readable RSS or Atom feed", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_FeedServedAsXmlWithoutExtension_IsSniffedAsAFeed()
    {
        await using var server = StartNewsSite();
        server.Map("/latest", new CannedResponse(200, "text/xml", Rss(server.BaseUri)));

        var outcomes = await ReadingHost.ReadAllAsync(server.Url("/latest").AbsoluteUri);

        Assert.Equal(3, outcomes.Count);
        Assert.Equal("Lifeboat crew's busiest week", outcomes[0].Article!.Title);
    }

    [Fact]
    public async Task ReadAsync_RssAuthorAsAddressAndName_BylineIsTheName()
    {
        var article = await ReadOneItemFileAsync("<author>news@example.org (Lena Berg)</author>");

        Assert.Equal("Lena Berg", article.Byline);
    }

    [Fact]
    public async Task ReadAsync_RssAuthorAsBareAddress_GivesWayToDcCreator()
    {
        var article = await ReadOneItemFileAsync("<author>news@example.org</author><dc:creator>Ada Quill</dc:creator>");

        Assert.Equal("Ada Quill", article.Byline);
    }

    [Fact]
    public async Task ReadAsync_RssAuthorAsBareAddressAlone_HasNoByline()
    {
        var article = await ReadOneItemFileAsync("<author>news@example.org</author>");

        Assert.Null(article.Byline);
    }

    [Fact]
    public async Task ReadAsync_ItemLinkAnswering404WithLongDescription_IsIndexedFromTheDescription()
    {
        await using var server = LoopbackHttpServer.Start();
        server.Map("/feed.xml", CannedResponse.Rss(OneItemFeed(server.Url("/news/ferry"), FerryDescription)));
        server.Map("/news/ferry", CannedResponse.Plain(404));

        var outcome = Assert.Single(await ReadingHost.ReadAllAsync(server.Url("/feed.xml").AbsoluteUri));

        Assert.Null(outcome.Error);
        var article = outcome.Article!;
        Assert.Equal(1, server.RequestCount("/news/ferry"));
        Assert.Equal("Ferry timetable extended through winter", article.Title);
        Assert.Equal(server.Url("/news/ferry").AbsoluteUri, article.Url);
        Assert.StartsWith("The harbour council voted on Tuesday evening", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ItemLinkServingAPdf_IsIndexedFromTheDescriptionNotThePdf()
    {
        await using var server = LoopbackHttpServer.Start();
        server.Map("/feed.xml", CannedResponse.Rss(OneItemFeed(server.Url("/files/ferry.pdf"), FerryDescription)));
        server.Map("/files/ferry.pdf", new CannedResponse(200, "application/pdf", "%PDF-1.7 binary timetable stream"));

        var outcome = Assert.Single(await ReadingHost.ReadAllAsync(server.Url("/feed.xml").AbsoluteUri));

        Assert.Null(outcome.Error);
        Assert.StartsWith("The harbour council voted on Tuesday evening", outcome.Article!.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("PDF", outcome.Article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ItemLinkServingAPdfWithShortDescription_FailsSayingItIsNotAPage()
    {
        await using var server = LoopbackHttpServer.Start();
        server.Map("/feed.xml", CannedResponse.Rss(OneItemFeed(server.Url("/files/ferry.pdf"), "Ferry timetable extended.")));
        server.Map("/files/ferry.pdf", new CannedResponse(200, "application/pdf", "%PDF-1.7 binary timetable stream"));

        var outcome = Assert.Single(await ReadingHost.ReadAllAsync(server.Url("/feed.xml").AbsoluteUri));

        Assert.Null(outcome.Article);
        Assert.Contains("is not a web page (application/pdf)", outcome.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FeedReader.MinimumOwnTextWords - 1, false)]
    [InlineData(FeedReader.MinimumOwnTextWords, true)]
    public async Task ReadAsync_ItemLinkFailing_OwnTextIsIndexedOnlyFromTheMinimumWordCount(int words, bool indexed)
    {
        await using var server = LoopbackHttpServer.Start();
        var description = "<p>" + string.Join(" ", Enumerable.Range(1, words).Select(i => i % 8 == 0 ? "harbour." : "harbour")) + "</p>";
        server.Map("/feed.xml", CannedResponse.Rss(OneItemFeed(server.Url("/news/gone"), description)));

        var outcome = Assert.Single(await ReadingHost.ReadAllAsync(server.Url("/feed.xml").AbsoluteUri));

        Assert.Equal(indexed, outcome.Article is not null);
        if (!indexed)
        {
            Assert.Contains("HTTP 404", outcome.Error, StringComparison.Ordinal);
            Assert.Contains($"too short to index instead ({words} words; at least {FeedReader.MinimumOwnTextWords} are needed)", outcome.Error, StringComparison.Ordinal);
        }
    }

    private static async Task<Core.Articles.Article> ReadOneItemFileAsync(string authorElements)
    {
        using var folder = new TempFolder();
        var path = folder.Write("courier.rss", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>The Estuary Courier</title>
                <link>https://courier.example/</link>
                <description>Local news</description>
                <item>
                  <title>Lifeboat crew's busiest week</title>
                  <link>https://courier.example/news/lifeboat</link>
                  {authorElements}
                  <description>{LongText}</description>
                </item>
              </channel>
            </rss>
            """);

        var outcome = Assert.Single(await ReadingHost.ReadAllAsync(path));
        Assert.Null(outcome.Error);
        return outcome.Article!;
    }

    private static string OneItemFeed(Uri link, string descriptionHtml) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0">
          <channel>
            <title>The Estuary Courier</title>
            <link>{new Uri(link, "/")}</link>
            <description>Local news</description>
            <item>
              <title>Ferry timetable extended through winter</title>
              <link>{link}</link>
              <pubDate>Tue, 12 Nov 2024 08:00:00 GMT</pubDate>
              <description>{System.Security.SecurityElement.Escape(descriptionHtml)}</description>
            </item>
          </channel>
        </rss>
        """;

    [Fact]
    public async Task ReadAsync_FeedFileInAFolder_HandsBackEachItemBeforeFetchingTheNextItemsPage()
    {
        var token = TestContext.Current.CancellationToken;
        using var release = new ManualResetEventSlim();
        await using var server = LoopbackHttpServer.Start();
        server.Map("/news/barrier", _ =>
        {
            release.Wait(TimeSpan.FromSeconds(60));
            return CannedResponse.Html(TestFiles.Text("harbour-news-page.html"));
        });
        server.Map("/news/pier-gone", CannedResponse.Plain(404));
        using var folder = new TempFolder();
        folder.Write("estuary.rss", Rss(server.BaseUri));
        using var host = new ReadingHost();

        await using var items = host.Reader.ReadAsync(folder.Path, token).GetAsyncEnumerator(token);
        var first = await items.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(20), token);

        Assert.True(first);
        Assert.Equal("Lifeboat crew's busiest week", items.Current.Article!.Title);
        release.Set();
        Assert.True(await items.MoveNextAsync());
        Assert.Equal("Tidal barrier closes early as storm surge nears", items.Current.Article!.Title);
    }

    private LoopbackHttpServer StartNewsSite()
    {
        var server = LoopbackHttpServer.Start();
        server.Map("/feed.xml", CannedResponse.Rss(Rss(server.BaseUri)));
        server.Map("/news/barrier", CannedResponse.Html(TestFiles.Text("harbour-news-page.html")));
        server.Map("/news/pier-gone", CannedResponse.Plain(404));
        return server;
    }
}
