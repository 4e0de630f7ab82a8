using NewsBot.Core.Articles;
using NewsBot.Core.Storage;
using NewsBot.Core.Summaries;
using NewsBot.Testing.Fakes;

namespace NewsBot.Core.Tests.Summaries;

public sealed class ExtractiveSummarizerTests
{
    private readonly InMemoryChunkStore store = new();
    private readonly CancellationToken token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task SummarizeAsync_ById_LeadFirstAtMostThreeSentencesEndingWithCitation()
    {
        await AddAsync("flood", "River Alder floods Millbrook",
            "About 300 homes in Millbrook were evacuated after the River Alder flooded. Crews used boats to reach homes on Mill Lane. "
            + "A school gym opened as a shelter. The river peaked at 4.1 metres. Forecasters expect the flood water to fall. The mayor thanked volunteers.");

        var result = await new ExtractiveSummarizer(store).SummarizeAsync("flood", token);

        var summary = Assert.IsType<ArticleSummary>(result.Summary);
        Assert.StartsWith("About 300 homes in Millbrook were evacuated", summary.Text, StringComparison.Ordinal);
        Assert.EndsWith("[1]", summary.Text, StringComparison.Ordinal);
        Assert.InRange(summary.Sentences.Count, 2, 3);
        Assert.Equal("flood", summary.Citation.ArticleId);
    }

    [Fact]
    public async Task SummarizeAsync_ByTitleWords_FindsTheArticle()
    {
        await AddAsync("flood", "River Alder floods Millbrook", "Homes were evacuated.");
        await AddAsync("cup", "Millbrook Rovers win regional cup", "Rovers won 2-1.");

        var result = await new ExtractiveSummarizer(store).SummarizeAsync("rovers cup", token);

        Assert.Equal("cup", result.Summary?.Citation.ArticleId);
    }

    [Fact]
    public async Task SummarizeAsync_AmbiguousWords_ListsTheCandidates()
    {
        await AddAsync("g", "Ferry strike ends", "Ferries sail again.");
        await AddAsync("c", "Ferry strike ends, union says deal smaller", "Crews return.");

        var result = await new ExtractiveSummarizer(store).SummarizeAsync("ferry strike", token);

        Assert.Null(result.Summary);
        Assert.Equal(["c", "g"], result.Candidates.Select(c => c.ArticleId).Order());
    }

    [Fact]
    public async Task SummarizeAsync_NothingMatches_NotFound()
    {
        await AddAsync("g", "Ferry strike ends", "Ferries sail again.");

        var result = await new ExtractiveSummarizer(store).SummarizeAsync("chess olympiad", token);

        Assert.True(result.NotFound);
    }

    private Task AddAsync(string id, string title, string body)
    {
        var article = new Article(id, title, body, "Gazette", new DateTimeOffset(2026, 11, 18, 0, 0, 0, TimeSpan.Zero), null, id + ".txt", "test");
        return store.UpsertAsync(article, ArticleId.ContentHash(article), [new EmbeddedChunk(new Chunk(id + "#0", id, 0, body, body, 5), new float[] { 1, 0 })], token);
    }
}
