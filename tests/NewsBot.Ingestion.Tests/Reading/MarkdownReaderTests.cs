namespace NewsBot.Ingestion.Tests.Reading;

public sealed class MarkdownReaderTests
{
    [Fact]
    public async Task ReadAsync_FrontMatter_NamesTitleDateOutletAndUrl()
    {
        using var folder = new TempFolder();
        var path = folder.Write("story.md", """
            ---
            title: "Night ferry returns for winter"
            date: 2024-10-01
            source: Harbour Notes
            url: https://notes.example/ferry
            ---

            The night ferry returns next week
            after a **summer** break, the [operator](https://ferry.example) said.

            ## Timetable

            - Departs 22:00 daily
            - Arrives 06:30
            """);

        var article = Assert.Single(await ReadingHost.ReadAllAsync(path)).Article!;

        Assert.Equal("Night ferry returns for winter", article.Title);
        Assert.Equal(new DateTimeOffset(2024, 10, 1, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("Harbour Notes", article.Outlet);
        Assert.Equal("https://notes.example/ferry", article.Url);
        Assert.Equal("The night ferry returns next week after a summer break, the operator said.\n\nTimetable\n\nDeparts 22:00 daily\n\nArrives 06:30", article.Body);
    }

    [Fact]
    public async Task ReadAsync_HashTitle_IsTheHeadline()
    {
        using var folder = new TempFolder();
        var path = folder.Write("story.md", "# Harbour wall repaired\n\nCrews finished the repair on Friday.\n");

        var article = Assert.Single(await ReadingHost.ReadAllAsync(path)).Article!;

        Assert.Equal("Harbour wall repaired", article.Title);
        Assert.Equal("Crews finished the repair on Friday.", article.Body);
    }

    [Fact]
    public async Task ReadAsync_UnclosedFrontMatter_ReportsTheFile()
    {
        using var folder = new TempFolder();
        var path = folder.Write("story.md", "---\ntitle: Never closed\n\nBody text.\n");

        var outcome = Assert.Single(await ReadingHost.ReadAllAsync(path));

        Assert.Null(outcome.Article);
        Assert.Contains(path, outcome.Error, StringComparison.Ordinal);
        Assert.Contains("never closes it", outcome.Error, StringComparison.Ordinal);
    }
}
