using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using NewsBot.Testing.Http;

namespace NewsBot.Ingestion.Tests.Reading;

/// <summary>A fetch ends at its deadline, headers and body alike, and at the size cap counted after decompression.</summary>
public sealed class FetchLimitsTests
{
    private static readonly string Page = TestFiles.Text("harbour-news-page.html");

    [Fact]
    public async Task ReadAsync_ServerStallsMidBody_FailsAtTheConfiguredDeadline()
    {
        await using var server = LoopbackHttpServer.Start();
        server.Map("/slow", CannedResponse.Html(Page) with { StallMidBody = TimeSpan.FromMinutes(2) });
        var url = server.Url("/slow").AbsoluteUri;
        using var host = new ReadingHost(new Dictionary<string, string?> { ["NewsBot:Ingestion:FetchTimeoutSeconds"] = "2" });
        var clock = Stopwatch.StartNew();

        var outcome = Assert.Single(await host.ReadAsync(url));

        Assert.Equal($"{url} did not finish loading within 2 seconds (NewsBot:Ingestion:FetchTimeoutSeconds).", outcome.Error);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task ReadAsync_GzipBomb_StopsAtTheCapOnceDecompressed()
    {
        await using var server = LoopbackHttpServer.Start();
        var bomb = Compress(new byte[50 * 1024 * 1024], body => new GZipStream(body, CompressionLevel.SmallestSize));
        server.Map("/bomb", CannedResponse.Bytes("text/html; charset=utf-8", bomb, Encoded("gzip")));
        var url = server.Url("/bomb").AbsoluteUri;

        var outcome = Assert.Single(await ReadingHost.ReadAllAsync(url));

        Assert.True(bomb.Length < 1024 * 1024, $"the bomb is {bomb.Length} bytes on the wire");
        Assert.Equal($"{url} is larger than the 5 MB limit for a page once decompressed (NewsBot:Ingestion:MaxPageBytes).", outcome.Error);
    }

    [Fact]
    public async Task ReadAsync_PageLargerThanTheConfiguredCap_NamesTheSetting()
    {
        await using var server = LoopbackHttpServer.Start();
        server.Map("/big", CannedResponse.Html(Page));
        var url = server.Url("/big").AbsoluteUri;
        using var host = new ReadingHost(new Dictionary<string, string?> { ["NewsBot:Ingestion:MaxPageBytes"] = "2048" });

        var outcome = Assert.Single(await host.ReadAsync(url));

        Assert.Equal($"{url} is larger than the 2048 bytes limit for a page (NewsBot:Ingestion:MaxPageBytes).", outcome.Error);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("deflate")]
    public async Task ReadAsync_CompressedPage_ReadAsTheDecompressedArticle(string encoding)
    {
        await using var server = LoopbackHttpServer.Start();
        var compressed = Compress(Encoding.UTF8.GetBytes(Page), body => encoding switch
        {
            "gzip" => new GZipStream(body, CompressionLevel.Optimal),
            "br" => new BrotliStream(body, CompressionLevel.Optimal),
            _ => new ZLibStream(body, CompressionLevel.Optimal),
        });
        server.Map("/news/barrier", CannedResponse.Bytes("text/html; charset=utf-8", compressed, Encoded(encoding)));

        var article = Assert.Single(await ReadingHost.ReadAllAsync(server.Url("/news/barrier").AbsoluteUri)).Article!;

        Assert.Equal("Tidal barrier closes early as storm surge nears", article.Title);
        Assert.StartsWith("Engineers closed the estuary's tidal barrier six hours ahead of schedule on Thursday", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_UnknownContentEncoding_OneSentenceNamingIt()
    {
        await using var server = LoopbackHttpServer.Start();
        server.Map("/z", CannedResponse.Bytes("text/html", [1, 2, 3, 4], Encoded("zstd")));
        var url = server.Url("/z").AbsoluteUri;

        var outcome = Assert.Single(await ReadingHost.ReadAllAsync(url));

        Assert.Equal($"{url} is sent with the content encoding \"zstd\", which NewsBot cannot decode.", outcome.Error);
    }

    private static Dictionary<string, string> Encoded(string encoding) => new() { ["Content-Encoding"] = encoding };

    private static byte[] Compress(byte[] data, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var compressing = compressor(output))
        {
            compressing.Write(data);
        }

        return output.ToArray();
    }
}
