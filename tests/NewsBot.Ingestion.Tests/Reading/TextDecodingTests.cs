using System.Text;
using NewsBot.Testing.Http;

namespace NewsBot.Ingestion.Tests.Reading;

/// <summary>Files and pages are decoded as their bytes say (BOM, HTTP charset, meta charset, Windows-1252 fallback); binary content is refused.</summary>
public sealed class TextDecodingTests
{
    private const string Headline = "Café owner in Zürich wins the “best croissant” prize";
    private const string Story = "The café on Bahnhofstraße sold 1,200 croissants on Saturday; its owner, Zoë Müller, said the prize was “a surprise”.";

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [Theory]
    [InlineData("story.txt")]
    [InlineData("story.html")]
    public async Task ReadAsync_ExecutableSavedAsArticleFile_RefusedAsNotText(string name)
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes(name, ExecutableBytes());

        var outcome = Assert.Single(await ReadingHost.ReadAllAsync(path));

        Assert.Null(outcome.Article);
        Assert.Equal($"{path} is not text (it holds binary data), so it was not read.", outcome.Error);
    }

    [Fact]
    public async Task ReadAsync_BinaryHttpBodyServedAsHtml_RefusedAsNotText()
    {
        await using var server = LoopbackHttpServer.Start();
        server.Map("/story", CannedResponse.Bytes("text/html", ExecutableBytes()));
        var url = server.Url("/story").AbsoluteUri;

        var outcome = Assert.Single(await ReadingHost.ReadAllAsync(url));

        Assert.Equal($"{url} is not text (it holds binary data), so it was not read.", outcome.Error);
    }

    [Fact]
    public async Task ReadAsync_FolderWithABinaryFile_OtherFilesStillRead()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("a-binary.txt", ExecutableBytes());
        folder.Write("b-story.txt", $"{Headline}\n\n{Story}");

        var outcomes = await ReadingHost.ReadAllAsync(folder.Path);

        Assert.Equal(2, outcomes.Count);
        Assert.Contains("is not text", outcomes.Single(o => o.Error is not null).Error, StringComparison.Ordinal);
        Assert.Equal(Headline, outcomes.Single(o => o.Article is not null).Article!.Title);
    }

    [Fact]
    public async Task ReadAsync_Windows1252File_ReadWithItsAccents()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("zurich.txt", Windows1252.GetBytes($"{Headline}\n\n{Story}"));

        var article = Assert.Single(await ReadingHost.ReadAllAsync(path)).Article!;

        Assert.Equal(Headline, article.Title);
        Assert.Equal(Story, article.Body);
    }

    [Fact]
    public async Task ReadAsync_Utf8FileWithByteOrderMark_ReadWithoutTheMark()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("zurich.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes($"{Headline}\n\n{Story}")]);

        var article = Assert.Single(await ReadingHost.ReadAllAsync(path)).Article!;

        Assert.Equal(Headline, article.Title);
    }

    [Fact]
    public async Task ReadAsync_PageWithHttpCharsetWindows1252_ReadWithItsAccents()
    {
        await using var server = LoopbackHttpServer.Start();
        server.Map("/zurich", CannedResponse.Bytes("text/html; charset=windows-1252", Windows1252.GetBytes(Html(head: ""))));

        var article = Assert.Single(await ReadingHost.ReadAllAsync(server.Url("/zurich").AbsoluteUri)).Article!;

        Assert.Equal(Headline, article.Title);
        Assert.Contains(Story, article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")]
    public async Task ReadAsync_PageDeclaringItsCharsetInMeta_ReadWithItsAccents(string meta)
    {
        await using var server = LoopbackHttpServer.Start();
        server.Map("/zurich", CannedResponse.Bytes("text/html", Windows1252.GetBytes(Html(meta))));

        var article = Assert.Single(await ReadingHost.ReadAllAsync(server.Url("/zurich").AbsoluteUri)).Article!;

        Assert.Equal(Headline, article.Title);
        Assert.Contains(Story, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_PageWithWindows1252BytesAndNoCharset_FallsBackToWindows1252()
    {
        await using var server = LoopbackHttpServer.Start();
        server.Map("/zurich.txt", CannedResponse.Bytes("text/plain", Windows1252.GetBytes($"{Headline}\n\n{Story}")));

        var article = Assert.Single(await ReadingHost.ReadAllAsync(server.Url("/zurich.txt").AbsoluteUri)).Article!;

        Assert.Equal(Headline, article.Title);
        Assert.Equal(Story, article.Body);
    }

    /// <summary>The start of an ELF executable, as <c>/bin/ls</c> begins, followed by machine code and tables.</summary>
    private static byte[] ExecutableBytes()
    {
        var bytes = new byte[16 * 1024];
        new Random(8).NextBytes(bytes);
        byte[] header = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0];
        header.CopyTo(bytes, 0);
        return bytes;
    }

    private static string Html(string head) => $"""
        <!DOCTYPE html>
        <html><head>{head}<title>{Headline}</title></head>
        <body><article><h1>{Headline}</h1>
        <p>{Story}</p>
        <p>Judges from Genève and Köln tasted forty entries over two days, scoring each on its crust, its layers and its butter.</p>
        <p>Next year’s contest moves to the old Kornhaus, which reopens in spring after a renovation that took three years.</p>
        </article></body></html>
        """;
}
