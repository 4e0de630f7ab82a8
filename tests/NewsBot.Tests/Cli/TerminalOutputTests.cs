namespace NewsBot.Tests.Cli;

/// <summary>
/// What a user sees on the terminal when something expected goes wrong: the reason in a sentence, never a stack trace.
/// These run <c>newsbot</c> as a real process, because log lines go to the process's own standard error.
/// </summary>
public sealed class TerminalOutputTests : IDisposable
{
    private readonly CliRun cli = new();

    [Theory]
    [InlineData("NewsBot__Chunking__MaxTokens", "5", "Configuration error: NewsBot:Chunking:MaxTokens must be between 32 and 4000.")]
    [InlineData("NewsBot__Embedding__Provider", "Nope", "Configuration error: Failed to convert configuration value 'Nope' at 'NewsBot:Embedding:Provider'")]
    [InlineData("NewsBot__Retrieval__RecencyWeight", "abc", "Configuration error: Failed to convert configuration value 'abc' at 'NewsBot:Retrieval:RecencyWeight'")]
    public async Task Ask_BadSetting_StandardErrorHoldsOnlyTheConfigurationSentences(string variable, string value, string sentence)
    {
        var run = await NewsBotProcess.RunAsync(cli.Folder, Environment((variable, value)), "ask", "x");

        Assert.Equal(2, run.Exit);
        Assert.Contains(sentence, run.Error, StringComparison.Ordinal);
        Assert.Empty(NewsBotProcess.StackTraceLines(run.Error));
        Assert.All(Lines(run.Error), line => Assert.StartsWith("Configuration error: ", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ask_BadSettingsInTwoSections_EverySentenceShown()
    {
        cli.Settings["NewsBot:Chunking:MaxTokens"] = "5";
        cli.Settings["NewsBot:Retrieval:RecencyWeight"] = "-3";

        var run = await cli.RunAsync("ask", "x");

        Assert.Equal(2, run.Exit);
        Assert.Contains("Configuration error: NewsBot:Chunking:MaxTokens must be between 32 and 4000.", run.Error, StringComparison.Ordinal);
        Assert.Contains("Configuration error: NewsBot:Retrieval:RecencyWeight", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_FeedItemLinkUnreachableAndEmptyFile_OneReportLineEachAndNoStackTrace()
    {
        var feed = Path.Combine(cli.Folder, "local.rss");
        await File.WriteAllTextAsync(feed, """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0">
              <channel>
                <title>Local Feed</title>
                <link>http://127.0.0.1:9/</link>
                <description>A feed whose pages cannot be fetched</description>
                <item>
                  <title>Pier reopening delayed</title>
                  <link>http://127.0.0.1:9/x</link>
                  <description>Only a teaser.</description>
                </item>
              </channel>
            </rss>
            """, TestContext.Current.CancellationToken);
        var empty = Path.Combine(cli.Folder, "empty.txt");
        await File.WriteAllTextAsync(empty, string.Empty, TestContext.Current.CancellationToken);

        // The link is on loopback: allowed, so that it is the unreachable port that is reported.
        var run = await NewsBotProcess.RunAsync(cli.Folder, Environment(("NewsBot__Ingestion__AllowPrivateNetworks", "true")), "index", feed, empty);

        Assert.Equal(1, run.Exit);
        Assert.Single(Lines(run.Output), line => line.StartsWith("  failed: http://127.0.0.1:9/x: ", StringComparison.Ordinal));
        Assert.Single(Lines(run.Output), line => line.StartsWith($"  failed: {empty}: ", StringComparison.Ordinal));
        Assert.Empty(NewsBotProcess.StackTraceLines(run.Error));
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => cli.Dispose();

    private static List<string> Lines(string text) =>
        text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();

    private Dictionary<string, string?> Environment(params (string Name, string Value)[] settings)
    {
        var environment = new Dictionary<string, string?> { ["NewsBot__Storage__Sqlite__Path"] = cli.StorePath };
        foreach (var (name, value) in settings)
        {
            environment[name] = value;
        }

        return environment;
    }
}
