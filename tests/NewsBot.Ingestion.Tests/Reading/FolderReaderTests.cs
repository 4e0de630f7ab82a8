using System.Text.Json;
using NewsBot.Core.Articles;
using NewsBot.Testing;

namespace NewsBot.Ingestion.Tests.Reading;

public sealed class FolderReaderTests
{
    [Fact]
    public async Task ReadAsync_FolderWithManifest_ManifestNamesIdOutletUrlDateAndTitle()
    {
        using var folder = new TempFolder();
        folder.Write("articles/a.txt", " date 2020-01-01 Old title from file\n\nCouncil approves the new budget after a long debate.\n");
        folder.Write("articles.jsonl",
            """{"id": "m-1", "file": "articles/a.txt", "title": "Budget approved", "source": "Town Crier", "url": "https://example.org/a", "date": "2021-02-03"}""" + "\n");

        var article = Assert.Single(await ReadingHost.ReadAllAsync(folder.Path)).Article!;

        Assert.Equal("m-1", article.Id);
        Assert.Equal("Budget approved", article.Title);
        Assert.Equal("Town Crier", article.Outlet);
        Assert.Equal("https://example.org/a", article.Url);
        Assert.Equal(new DateTimeOffset(2021, 2, 3, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(folder.Path, article.SourceKey);
        Assert.Equal(Path.Combine(folder.Path, "articles", "a.txt"), article.Origin);
    }

    [Fact]
    public async Task ReadAsync_FilesNotInManifest_ReadByTheirOwnTypeWithIdsFromRelativePath()
    {
        using var folder = new TempFolder();
        folder.Write("nested/deeper/b.md", "# Ferry timetable changes\n\nThe winter timetable starts next week.\n");
        folder.Write("c.txt", "Plain headline\n\nPlain body sentence for the reader.\n");
        folder.Write("picture.jpg", "not an article");

        var outcomes = await ReadingHost.ReadAllAsync(folder.Path + Path.DirectorySeparatorChar);

        Assert.Equal(2, outcomes.Count);
        Assert.All(outcomes, o => Assert.Null(o.Error));
        Assert.All(outcomes, o => Assert.Equal(folder.Path, o.Article!.SourceKey));
        var markdown = outcomes.Single(o => o.Origin.EndsWith("b.md", StringComparison.Ordinal)).Article!;
        Assert.Equal("Ferry timetable changes", markdown.Title);
        Assert.Equal(ArticleId.FromOrigin($"{folder.Path}|nested/deeper/b.md"), markdown.Id);
    }

    [Fact]
    public async Task ReadAsync_BadItems_DoNotStopTheOthers()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", " date 2024-01-02 Good story\n\nA perfectly fine paragraph of news.\n");
        folder.Write("bad.txt", " date 2024-99-99 Bad story\n\nText.\n");
        folder.Write("articles.jsonl", "{\"id\": \"x\", \"file\": \"missing.txt\"}\n{not json\n");

        var outcomes = await ReadingHost.ReadAllAsync(folder.Path);

        Assert.Single(outcomes, o => o.Article?.Title == "Good story");
        var errors = outcomes.Where(o => o.Error is not null).Select(o => o.Error!).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.Contains("bad.txt has a malformed date line", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("missing.txt is listed in the manifest", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("articles.jsonl:2 of the manifest is not a valid JSON object", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_EvaluationFolder_ReadsAll612ArticlesWithManifestIds()
    {
        var path = SharedFolder.Require("eval", "realtimeqa-dev");
        var manifestIds = File.ReadLines(Path.Combine(path, "articles.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!)
            .ToHashSet();

        using var host = new ReadingHost();
        var outcomes = await host.ReadAsync(path);

        Assert.Equal(612, outcomes.Count);
        Assert.All(outcomes, o => Assert.Null(o.Error));
        Assert.Equal(manifestIds, outcomes.Select(o => o.Article!.Id).ToHashSet());
        Assert.All(outcomes, o => Assert.NotNull(o.Article!.Outlet));
    }

    [Fact]
    public async Task ReadAsync_PageNested100000DivsDeep_OneFailureLineAndTheOtherFilesRead()
    {
        using var folder = new TempFolder();
        folder.Write("deep.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "Buried text."
            + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>");
        folder.Write("ferry.txt", "Ferry sails again\n\nThe ferry returned to service on Monday after repairs.\n");

        var outcomes = await ReadingHost.ReadAllAsync(folder.Path);

        Assert.Equal(2, outcomes.Count);
        Assert.Equal("Ferry sails again", Assert.Single(outcomes, o => o.Succeeded).Article!.Title);
        var deep = Assert.Single(outcomes, o => !o.Succeeded);
        Assert.EndsWith("deep.html", deep.Origin, StringComparison.Ordinal);
        Assert.Contains("nests its HTML elements more than 1,000 deep", deep.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_SymlinkBackToAParent_EachFileReadOnce()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Bridge opens\n\nThe new bridge opened to traffic on Tuesday.\n");
        folder.Write("sub/b.txt", "Market moves\n\nThe Saturday market moves to the harbour in May.\n");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "sub", "loop"), "..");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "again"), Path.Combine(folder.Path, "sub"));

        var outcomes = await ReadingHost.ReadAllAsync(folder.Path);

        Assert.All(outcomes, o => Assert.Null(o.Error));
        Assert.Equal(["Bridge opens", "Market moves"], outcomes.Select(o => o.Article!.Title).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_TwoFilesWithIdenticalContent_SecondSkippedAsDuplicateOfTheFirst()
    {
        using var folder = new TempFolder();
        const string Story = "Library extends hours\n\nThe library will open on Sundays from January.\n";
        var first = folder.Write("a.txt", Story);
        var second = folder.Write("copies/a-copy.txt", Story);

        var outcomes = await ReadingHost.ReadAllAsync(folder.Path);

        Assert.Equal(2, outcomes.Count);
        Assert.Equal(first, Assert.Single(outcomes, o => o.Succeeded).Origin);
        var duplicate = Assert.Single(outcomes, o => !o.Succeeded);
        Assert.Equal((second, first, null), (duplicate.Origin, duplicate.DuplicateOf, duplicate.Error));
    }
}
