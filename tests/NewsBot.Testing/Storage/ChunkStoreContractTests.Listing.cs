using NewsBot.Core.Storage;
using static NewsBot.Testing.Storage.TestArticleBuilder;

namespace NewsBot.Testing.Storage;

/// <summary>Lists that serve titles, counts per source and briefings without reading every body.</summary>
public abstract partial class ChunkStoreContractTests
{
    private static readonly DateTimeOffset Noon = new(2024, 5, 21, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ListHeadingsAsync_StoredArticles_GivesEachTitleSourceAndDateById()
    {
        await WriteAsync(
            Article("b").Titled("Port strike ends").FromOutlet("PA").FromSource("feeds/pa").PublishedAt(new DateTimeOffset(2024, 5, 20, 9, 0, 0, TimeSpan.FromHours(2))).Build(),
            Article("a").Titled("Undated notice").FromOutlet(null).FromSource("folder/news").PublishedAt(null).Build());

        var headings = await Store.ListHeadingsAsync(Ct);

        Assert.Equal(
            [
                new ArticleHeading("a", "Undated notice", null, "folder/news", null),
                new ArticleHeading("b", "Port strike ends", "PA", "feeds/pa", new DateTimeOffset(2024, 5, 20, 9, 0, 0, TimeSpan.FromHours(2))),
            ],
            headings);
        Assert.Equal(TimeSpan.FromHours(2), headings[1].Published!.Value.Offset);
    }

    [Fact]
    public async Task ListRecentAsync_DateAndOutletFilter_NewestDatedFirstUpToLimitWithBodies()
    {
        await WriteAsync(
            Article("old").FromOutlet("PA").PublishedAt(Noon.AddDays(-30)).WithChunk("Old news.", Axis(0)).Build(),
            Article("mon").FromOutlet("PA").PublishedAt(Noon.AddDays(-1)).WithChunk("Monday news.", Axis(0)).Build(),
            Article("tue").FromOutlet("pa").PublishedAt(Noon).WithChunk("Tuesday news.", Axis(0)).Build(),
            Article("tass").FromOutlet("TASS").PublishedAt(Noon).WithChunk("Other outlet.", Axis(0)).Build(),
            Article("undated").FromOutlet("PA").PublishedAt(null).WithChunk("No date.", Axis(0)).Build(),
            Article("future").FromOutlet("PA").PublishedAt(Noon.AddDays(3)).WithChunk("Later.", Axis(0)).Build());

        var week = await Store.ListRecentAsync(new SearchFilter { Outlets = ["PA"], From = Noon.AddDays(-7), To = Noon.AddDays(1) }, 10, Ct);
        var newest = await Store.ListRecentAsync(new SearchFilter { To = Noon.AddDays(1) }, 2, Ct);

        Assert.Equal(["tue", "mon"], week.Select(s => s.Article.Id));
        Assert.Equal("Tuesday news.", week[0].Article.Body);
        Assert.Equal(["tass", "tue"], newest.Select(s => s.Article.Id));
        Assert.Equal(["future", "tass", "tue", "mon", "old"], (await Store.ListRecentAsync(SearchFilter.None, 10, Ct)).Select(s => s.Article.Id));
    }
}
