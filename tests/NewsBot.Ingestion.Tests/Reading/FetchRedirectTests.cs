using NewsBot.Testing.Http;

namespace NewsBot.Ingestion.Tests.Reading;

/// <summary>Redirects are followed hop by hop: at most five, only to http(s), and a loop is named as one.</summary>
public sealed class FetchRedirectTests
{
    [Fact]
    public async Task ReadAsync_FiveRedirects_FollowedToThePage()
    {
        await using var server = Chain(redirects: 5);

        var outcome = Assert.Single(await ReadingHost.ReadAllAsync(server.Url("/hop1").AbsoluteUri));

        Assert.Equal("Tidal barrier closes early as storm surge nears", outcome.Article?.Title);
        Assert.Equal(1, server.RequestCount("/page"));
    }

    [Fact]
    public async Task ReadAsync_SixRedirects_RefusedAfterTheFifth()
    {
        await using var server = Chain(redirects: 6);
        var url = server.Url("/hop1").AbsoluteUri;

        var outcome = Assert.Single(await ReadingHost.ReadAllAsync(url));

        Assert.Equal($"{url} redirects more than 5 times; NewsBot follows at most 5.", outcome.Error);
        Assert.Equal(0, server.RequestCount("/page"));
    }

    [Fact]
    public async Task ReadAsync_RedirectLoop_NamedAsALoop()
    {
        await using var server = LoopbackHttpServer.Start();
        server.Map("/a", CannedResponse.Redirect("/b", 301));
        server.Map("/b", CannedResponse.Redirect("/a", 307));
        var url = server.Url("/a").AbsoluteUri;

        var outcome = Assert.Single(await ReadingHost.ReadAllAsync(url));

        Assert.Equal($"{url} redirects in a loop (back to {url}).", outcome.Error);
        Assert.Equal((1, 1), (server.RequestCount("/a"), server.RequestCount("/b")));
    }

    [Theory]
    [InlineData("file:///etc/passwd", "file")]
    [InlineData("ftp://files.example/story.html", "ftp")]
    public async Task ReadAsync_RedirectToANonHttpScheme_Refused(string target, string scheme)
    {
        await using var server = LoopbackHttpServer.Start();
        server.Map("/story", CannedResponse.Redirect(target));
        var url = server.Url("/story").AbsoluteUri;

        var outcome = Assert.Single(await ReadingHost.ReadAllAsync(url));

        Assert.Equal($"{url} redirects to {new Uri(target)}, which uses the scheme \"{scheme}\"; only http and https addresses are fetched.", outcome.Error);
    }

    private static LoopbackHttpServer Chain(int redirects)
    {
        var server = LoopbackHttpServer.Start();
        for (var i = 1; i <= redirects; i++)
        {
            server.Map($"/hop{i}", CannedResponse.Redirect(i == redirects ? "/page" : $"/hop{i + 1}"));
        }

        server.Map("/page", CannedResponse.Html(TestFiles.Text("harbour-news-page.html")));
        return server;
    }
}
