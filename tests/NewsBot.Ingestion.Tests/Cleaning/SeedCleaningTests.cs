using NewsBot.Core.Articles;
using NewsBot.Ingestion.Tests.Reading;
using NewsBot.Testing;

namespace NewsBot.Ingestion.Tests.Cleaning;

public sealed class SeedCleaningTests
{
    private const string PressAssociationSeed = "004_d051df8978fe9af3.txt";
    private const string RussianOutletSeed = "000_bf53c8655c45bcc9.txt";

    [Fact]
    public async Task Read_PressAssociationCapture_LeavesNoPageFurniture()
    {
        var article = await ReadSeedAsync(PressAssociationSeed);

        Assert.DoesNotContain("An icon of", article.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Most Read", article.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("[[", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Already a subscriber", article.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("More from", article.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Editor's Picks", article.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Home News World", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Olivier Douliery", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("APTOPIX", article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Aberdeen")]
    [InlineData("Aberdeenshire")]
    [InlineData("Highland")]
    [InlineData("Mull")]
    [InlineData("Caledonian Sleeper")]
    [InlineData("Billy Dodds")]
    public async Task Read_PressAssociationCapture_DropsTheLocalHeadlineLists(string fragment)
    {
        var article = await ReadSeedAsync(PressAssociationSeed);

        Assert.DoesNotContain(fragment, article.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Read_PressAssociationCapture_KeepsEveryStoryParagraph()
    {
        var path = SharedFolder.Require("seeds", PressAssociationSeed);
        var raw = await File.ReadAllLinesAsync(path, TestContext.Current.CancellationToken);
        var start = Array.FindIndex(raw, l => l.StartsWith("US secretary of state Antony Blinken and Russian", StringComparison.Ordinal));
        var end = Array.FindIndex(raw, l => l.StartsWith("Already a subscriber", StringComparison.Ordinal));
        var story = raw[start..end].Where(l => l.TrimEnd().EndsWith('.') || l.TrimEnd().EndsWith('”')).ToList();

        var article = await ReadSeedAsync(PressAssociationSeed);
        var paragraphs = article.Body.Split("\n\n");

        Assert.Equal(16, story.Count);
        Assert.All(story, paragraph => Assert.Contains(paragraph.Trim(), paragraphs));
        Assert.Equal(story.Count, paragraphs.Length);
    }

    [Fact]
    public async Task Read_PressAssociationCapture_RecoversHeadlineBylineAndOutlet()
    {
        var article = await ReadSeedAsync(PressAssociationSeed);

        Assert.Equal("US secretary of state and Russian foreign minister hold 10-minute chat at G20", article.Title);
        Assert.Equal("Press Association", article.Byline);
        Assert.Equal("Press Association", article.Outlet);
        Assert.Equal(new DateTimeOffset(2023, 3, 2, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.DoesNotContain("By Press Association", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("11:46 am", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_RussianOutletSeed_KeepsEveryStoryParagraph()
    {
        var path = SharedFolder.Require("seeds", RussianOutletSeed);
        var raw = await File.ReadAllLinesAsync(path, TestContext.Current.CancellationToken);
        var story = raw.Skip(1).Select(l => l.Trim()).Where(l => l.Split(' ').Length >= 5).ToList();

        var article = await ReadSeedAsync(RussianOutletSeed);
        var paragraphs = article.Body.Split("\n\n");

        Assert.Equal("State Department spokesman Price: Washington does not intend to apologize for Blinken’s dialogue with Lavrov", article.Title);
        Assert.NotEmpty(story);
        Assert.All(story, paragraph => Assert.Contains(paragraph, paragraphs));
        Assert.DoesNotContain("Related materials", article.Body, StringComparison.Ordinal);
    }

    private static async Task<Article> ReadSeedAsync(string name)
    {
        var path = SharedFolder.Require("seeds", name);
        var outcome = Assert.Single(await ReadingHost.ReadAllAsync(path));
        Assert.Null(outcome.Error);
        return outcome.Article!;
    }
}
