using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Tests.Reading;

public sealed class DatedTextReaderTests
{
    [Fact]
    public async Task ReadAsync_DatedFile_ReadsDateTitleAndBody()
    {
        using var folder = new TempFolder();
        var path = folder.Write("story.txt", " date 2024-05-06 Harbour bridge reopens after repairs\n\nThe bridge reopened on Monday after six months of work.\n\nTraffic was light.\n");

        var article = Assert.Single(await ReadingHost.ReadAllAsync(path)).Article!;

        Assert.Equal("Harbour bridge reopens after repairs", article.Title);
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("The bridge reopened on Monday after six months of work.\n\nTraffic was light.", article.Body);
        Assert.Equal(path, article.Origin);
        Assert.Equal(path, article.SourceKey);
        Assert.Equal(ArticleId.FromOrigin(path), article.Id);
        Assert.Equal(new Uri(path).AbsoluteUri, article.Url);
        Assert.StartsWith("file:///", article.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MetadataLines_NameOutletUrlAndByline()
    {
        using var folder = new TempFolder();
        var path = folder.Write("story.txt",
            "date 2024-05-06 Harbour bridge reopens\nSource: Harbour Gazette\nURL: https://example.org/bridge\nbyline: Ada Lovelace\n\nThe bridge reopened on Monday.\n");

        var article = Assert.Single(await ReadingHost.ReadAllAsync(path)).Article!;

        Assert.Equal("Harbour Gazette", article.Outlet);
        Assert.Equal("https://example.org/bridge", article.Url);
        Assert.Equal("Ada Lovelace", article.Byline);
        Assert.Equal("The bridge reopened on Monday.", article.Body);
    }

    [Fact]
    public async Task ReadAsync_MetadataLikeLineAfterBlank_StaysInBody()
    {
        using var folder = new TempFolder();
        var path = folder.Write("story.txt", " date 2024-05-06 Bridge\n\nSource: a council engineer said the bridge is safe.\n");

        var article = Assert.Single(await ReadingHost.ReadAllAsync(path)).Article!;

        Assert.Null(article.Outlet);
        Assert.Contains("a council engineer said the bridge is safe", article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" date 2024-13-45 Impossible month")]
    [InlineData("date 06/05/2024 Wrong date order")]
    public async Task ReadAsync_MalformedDateLine_ReportsTheFile(string firstLine)
    {
        using var folder = new TempFolder();
        var path = folder.Write("bad.txt", firstLine + "\n\nSome body text that is long enough.\n");

        var outcome = Assert.Single(await ReadingHost.ReadAllAsync(path));

        Assert.Null(outcome.Article);
        Assert.Contains(path, outcome.Error, StringComparison.Ordinal);
        Assert.Contains("malformed date line", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_TextWithoutDateLine_ReadsAsPlainText()
    {
        using var folder = new TempFolder();
        var path = folder.Write("notes.txt", "\n\nDate night ideas for the weekend\n\nTry the new harbour restaurant.\n");

        var article = Assert.Single(await ReadingHost.ReadAllAsync(path)).Article!;

        Assert.Equal("Date night ideas for the weekend", article.Title);
        Assert.Null(article.Published);
        Assert.Equal("Try the new harbour restaurant.", article.Body);
    }

    [Fact]
    public async Task ReadAsync_OnlyFurnitureUnderTitle_KeepsTitleAsBody()
    {
        using var folder = new TempFolder();
        var path = folder.Write("headline.txt", " date 2024-05-06 Harbour pier closes after vote\n\n[[title]]\n\nShare on Facebook\n");

        var outcome = Assert.Single(await ReadingHost.ReadAllAsync(path));

        Assert.Null(outcome.Error);
        Assert.Equal("Harbour pier closes after vote", outcome.Article!.Title);
        Assert.Equal("Harbour pier closes after vote", outcome.Article.Body);
    }

    [Fact]
    public async Task ReadAsync_NoTitleAndOnlyFurniture_ReportsNothingLeft()
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty.txt", " date 2024-05-06\n\n[[title]]\n\nShare on Facebook\n");

        var outcome = Assert.Single(await ReadingHost.ReadAllAsync(path));

        Assert.Null(outcome.Article);
        Assert.Contains(path, outcome.Error, StringComparison.Ordinal);
        Assert.Contains("no title and no article text", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MissingFile_ReportsItDoesNotExist()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "nowhere.txt");

        var outcome = Assert.Single(await ReadingHost.ReadAllAsync(path));

        Assert.Equal($"{path} does not exist (no such file or folder).", outcome.Error);
    }
}
