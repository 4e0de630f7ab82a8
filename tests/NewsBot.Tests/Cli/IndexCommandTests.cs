using NewsBot.Testing.Http;

namespace NewsBot.Tests.Cli;

public sealed class IndexCommandTests : IDisposable
{
    private readonly CliRun cli = new();

    [Fact]
    public async Task Index_SameFolderTwice_SecondRunReportsEverythingUnchanged()
    {
        var news = cli.CopySamples();

        var first = await cli.RunAsync("index", news);
        var second = await cli.RunAsync("index", news);

        Assert.Equal(0, first.Exit);
        Assert.Contains("Indexed: 12 added, 0 updated, 0 unchanged, 0 removed, 0 failed.", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.Exit);
        Assert.Contains("Indexed: 0 added, 0 updated, 12 unchanged, 0 removed, 0 failed.", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_ArticleEditedAndAnotherDeleted_ReportsOneUpdatedOneRemoved()
    {
        var news = cli.CopySamples();
        await cli.RunAsync("index", news);
        var file = Path.Combine(news, "07-library.txt");
        await File.AppendAllTextAsync(file, "\nThe library will open on Sundays from January.\n", TestContext.Current.CancellationToken);
        File.Delete(Path.Combine(news, "12-football.txt"));

        var run = await cli.RunAsync("index", news);

        Assert.Contains("Indexed: 0 added, 1 updated, 10 unchanged, 1 removed, 0 failed.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_BrokenArticle_ReportsItsReasonAndIndexesTheRest()
    {
        var news = cli.CopySamples();
        await File.WriteAllTextAsync(Path.Combine(news, "13-broken.txt"), " date 2026-13-45 A date that does not exist\n\nBody.\n", TestContext.Current.CancellationToken);

        var run = await cli.RunAsync("index", news);

        Assert.Equal(1, run.Exit);
        Assert.Contains("12 added", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 failed", run.Output, StringComparison.Ordinal);
        Assert.Contains("13-broken.txt", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_MissingFolder_ReportsItAndKeepsWhatWasIndexed()
    {
        var news = cli.CopySamples();
        await cli.RunAsync("index", news);

        var run = await cli.RunAsync("index", Path.Combine(cli.Folder, "nowhere"));
        var again = await cli.RunAsync("index", news);

        Assert.Equal(1, run.Exit);
        Assert.Contains("nowhere", run.Output, StringComparison.Ordinal);
        Assert.Contains("12 unchanged", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_BadSetting_OneSentenceNamingTheKey()
    {
        cli.Settings["NewsBot:Chunking:MaxTokens"] = "5";

        var run = await cli.RunAsync("index", cli.CopySamples());

        Assert.Equal(2, run.Exit);
        Assert.Contains("Configuration error: NewsBot:Chunking:MaxTokens must be between 32 and 4000.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_BinaryFileAndLoopbackPage_OneLineEachAndTheRestIndexed()
    {
        await using var server = LoopbackHttpServer.Start();
        server.Map("/news/ferry.txt", new CannedResponse(200, "text/plain; charset=utf-8", "Night ferry returns\n\nThe night ferry to the islands returns on Friday after a winter break."));
        var page = server.Url("/news/ferry.txt").AbsoluteUri;
        var news = cli.CopySamples();
        var binary = Path.Combine(news, "13-ls.txt");
        await File.WriteAllBytesAsync(binary, [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], TestContext.Current.CancellationToken);

        var refused = await cli.RunAsync("index", news, page);
        cli.Settings["NewsBot:Ingestion:AllowPrivateNetworks"] = "true";
        var allowed = await cli.RunAsync("index", page);

        Assert.Equal(1, refused.Exit);
        Assert.Contains("Indexed: 12 added, 0 updated, 0 unchanged, 0 removed, 2 failed.", refused.Output, StringComparison.Ordinal);
        Assert.Contains($"  failed: {binary}: {binary} is not text (it holds binary data), so it was not read.", refused.Output, StringComparison.Ordinal);
        Assert.Contains(
            $"  failed: {page}: {page} refused: 127.0.0.1 is a loopback address; set NewsBot:Ingestion:AllowPrivateNetworks=true to allow private networks.",
            refused.Output,
            StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", refused.Output + refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, allowed.Exit);
        Assert.Contains("Indexed: 1 added", allowed.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NewsBot:Ingestion:FetchTimeoutSeconds", "0", "NewsBot:Ingestion:FetchTimeoutSeconds must be between 1 and 600.")]
    [InlineData("NewsBot:Ingestion:MaxPageBytes", "10", "NewsBot:Ingestion:MaxPageBytes must be between 1024 and 268435456.")]
    [InlineData("NewsBot:Ingestion:AllowPrivateNetworks", "maybe", "Failed to convert configuration value 'maybe' at 'NewsBot:Ingestion:AllowPrivateNetworks'")]
    public async Task Index_BadIngestionSetting_OneSentenceNamingTheKey(string key, string value, string sentence)
    {
        cli.Settings[key] = value;

        var run = await cli.RunAsync("index", Path.Combine(cli.Folder, "nowhere"));

        Assert.Equal(2, run.Exit);
        Assert.Contains("Configuration error: " + sentence, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_UnknownProviderName_OneSentenceNamingTheKey()
    {
        cli.Settings["NewsBot:Embedding:Provider"] = "Telepathy";

        var run = await cli.RunAsync("index", cli.CopySamples());

        Assert.Equal(2, run.Exit);
        Assert.Contains("Configuration error:", run.Error, StringComparison.Ordinal);
        Assert.Contains("NewsBot:Embedding:Provider", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_EmbedderChangedSinceLastIndex_RefusesAndTellsToReindex()
    {
        var news = cli.CopySamples();
        cli.Settings["NewsBot:Embedding:Provider"] = "Hashing";
        await cli.RunAsync("index", news);
        cli.Settings["NewsBot:Embedding:Dimensions"] = "256";

        var refused = await cli.RunAsync("index", news);
        var rebuilt = await cli.RunAsync("index", news, "--rebuild");

        Assert.Equal(3, refused.Exit);
        Assert.Contains("re-index", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, rebuilt.Exit);
        Assert.Contains("12 added", rebuilt.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_StoreBuiltByAnotherEmbedder_RefusesAndTellsToReindex()
    {
        var news = cli.CopySamples();
        cli.Settings["NewsBot:Embedding:Provider"] = "Hashing";
        await cli.RunAsync("index", news);
        cli.Settings["NewsBot:Embedding:Provider"] = "MiniLM";

        var refused = await cli.RunAsync("ask", "How high did the River Alder rise?");

        Assert.Equal(3, refused.Exit);
        Assert.Contains("newsbot index --rebuild", refused.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", refused.Error, StringComparison.Ordinal);
        Assert.Equal("", refused.Output);
    }

    [Fact]
    public async Task Index_FolderWithAPageNested100000DivsDeep_ThePageIsOneFailureLineAndTheOtherFilesIndexed()
    {
        var news = cli.CopySamples();
        await File.WriteAllTextAsync(
            Path.Combine(news, "deep.html"),
            "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "Buried." + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>",
            TestContext.Current.CancellationToken);
        cli.Settings["NewsBot:Embedding:Provider"] = "Hashing";

        var run = await cli.RunAsync("index", news);

        Assert.Equal(1, run.Exit);
        Assert.Contains("Indexed: 12 added, 0 updated, 0 unchanged, 0 removed, 1 failed.", run.Output, StringComparison.Ordinal);
        Assert.Contains("deep.html nests its HTML elements more than 1,000 deep", run.Output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 180_000)]
    public async Task Index_OneMegabyteLineWithoutSpaces_Indexed()
    {
        var news = cli.CopySamples();
        await File.WriteAllTextAsync(
            Path.Combine(news, "13-long-line.txt"),
            "A page of one word\n\n" + string.Concat(Enumerable.Repeat("abcdefghij", 104_858)) + "\n",
            TestContext.Current.CancellationToken);
        cli.Settings["NewsBot:Embedding:Provider"] = "Hashing";

        var run = await cli.RunAsync("index", news);

        Assert.Equal(0, run.Exit);
        Assert.Contains("Indexed: 13 added, 0 updated, 0 unchanged, 0 removed, 0 failed.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_FolderWithACopiedFile_CopyReportedAsDuplicateAndIndexedOnce()
    {
        var news = cli.CopySamples();
        File.Copy(Path.Combine(news, "07-library.txt"), Path.Combine(news, "99-library-copy.txt"));
        cli.Settings["NewsBot:Embedding:Provider"] = "Hashing";

        var run = await cli.RunAsync("index", news);

        Assert.Equal(0, run.Exit);
        Assert.Contains("Indexed: 12 added, 0 updated, 0 unchanged, 0 removed, 0 failed.", run.Output, StringComparison.Ordinal);
        Assert.Contains("  duplicate, skipped: " + Path.Combine(news, "99-library-copy.txt") + ": same content as " + Path.Combine(news, "07-library.txt"), run.Output, StringComparison.Ordinal);
    }

    public void Dispose() => cli.Dispose();
}
