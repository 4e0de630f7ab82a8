using System.Net;
using System.Net.Sockets;

namespace NewsBot.Tests.Cli;

/// <summary>
/// Bad settings, and input that used to end in a stack trace, through the real <c>newsbot</c> process: one sentence
/// naming what to fix, never a line of a stack trace.
/// </summary>
public sealed class SettingsTests : IDisposable
{
    private readonly CliRun cli = new();

    /// <summary>A file in the run's folder that is not a SQLite database; <c>{folder}</c> in a value stands for the run's folder.</summary>
    private const string NotADatabase = "{folder}/not-a-database.txt";

    [Theory]
    [InlineData("NewsBot__Embedding__Provider", "-1", "NewsBot:Embedding:Provider")]
    [InlineData("NewsBot__Embedding__Provider", "7", "NewsBot:Embedding:Provider")]
    [InlineData("NewsBot__Embedding__Provider", "1", "NewsBot:Embedding:Provider")]
    [InlineData("NewsBot__Embedding__Provider", "Telepathy", "NewsBot:Embedding:Provider")]
    [InlineData("NewsBot__Storage__Provider", "-1", "NewsBot:Storage:Provider")]
    [InlineData("NewsBot__Storage__Provider", "Qdrant2", "NewsBot:Storage:Provider")]
    [InlineData("NewsBot__Embedding__Dimensions", "abc", "NewsBot:Embedding:Dimensions")]
    [InlineData("NewsBot__Embedding__Dimensions", "99999999999", "NewsBot:Embedding:Dimensions")]
    [InlineData("NewsBot__Embedding__BatchSize", "0", "NewsBot:Embedding:BatchSize")]
    [InlineData("NewsBot__Chunking__OverlapTokens", "100", "NewsBot:Chunking:OverlapTokens")]
    [InlineData("NewsBot__Retrieval__LexicalWeight", "NaN", "NewsBot:Retrieval:LexicalWeight")]
    [InlineData("NewsBot__Retrieval__CandidatePool", "-5", "NewsBot:Retrieval:CandidatePool")]
    [InlineData("NewsBot__Answering__MaxSources", "0", "NewsBot:Answering:MaxSources")]
    [InlineData("NewsBot__Answering__MinCoverage", "lots", "NewsBot:Answering:MinCoverage")]
    [InlineData("NewsBot__Sources__0", "", "NewsBot:Sources:0")]
    [InlineData("NewsBot__Sources__0", "  ", "NewsBot:Sources:0")]
    [InlineData("NewsBot__Storage__Sqlite__Path", "", "NewsBot:Storage:Sqlite:Path")]
    [InlineData("NewsBot__Storage__Sqlite__Path", "{folder}", "NewsBot:Storage:Sqlite:Path")]
    [InlineData("NewsBot__Storage__Sqlite__Path", NotADatabase, "NewsBot:Storage:Sqlite:Path")]
    [InlineData("NewsBot__Storage__Sqlite__Path", "/proc/no-such-process/index.db", "NewsBot:Storage:Sqlite:Path")]
    [InlineData("Logging__LogLevel__Default", "Loud", "Logging:LogLevel:Default")]
    public async Task Ask_BadSetting_OneSentenceNamingTheKeyAndNoStackTrace(string variable, string value, string key)
    {
        await File.WriteAllTextAsync(NotADatabase.Replace("{folder}", cli.Folder, StringComparison.Ordinal), "just text", TestContext.Current.CancellationToken);
        var environment = new Dictionary<string, string?>
        {
            ["NewsBot__Storage__Sqlite__Path"] = cli.StorePath,
            ["NewsBot__Embedding__Provider"] = "Hashing",
            ["NewsBot__Embedding__Dimensions"] = "256",
            [variable] = value.Replace("{folder}", cli.Folder, StringComparison.Ordinal),
        };

        var run = await NewsBotProcess.RunAsync(cli.Folder, environment, "ask", "What happened?");

        Assert.Equal(2, run.Exit);
        var line = Assert.Single(Lines(run.Error));
        Assert.StartsWith("Configuration error: ", line, StringComparison.Ordinal);
        Assert.Contains(key, line, StringComparison.Ordinal);
        Assert.Empty(NewsBotProcess.StackTraceLines(run.Error));
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task Ask_EmbeddingEndpointUnreachable_OneSentenceNamingTheEndpointSetting()
    {
        var endpoint = $"http://127.0.0.1:{ClosedPort()}/v1";
        var environment = new Dictionary<string, string?>
        {
            ["NewsBot__Storage__Sqlite__Path"] = cli.StorePath,
            ["NewsBot__Embedding__Provider"] = "OpenAI",
            ["NewsBot__Embedding__Endpoint"] = endpoint,
            ["NewsBot__Embedding__Model"] = "nomic-embed-text",
            ["NewsBot__Embedding__Dimensions"] = "256",
            ["NewsBot__Embedding__CachePath"] = "none",
        };

        var run = await NewsBotProcess.RunAsync(cli.Folder, environment, "ask", "What happened to the tram?");

        Assert.NotEqual(0, run.Exit);
        Assert.Contains($"The embedding endpoint {endpoint} could not be reached", run.Error, StringComparison.Ordinal);
        Assert.Contains("check NewsBot:Embedding:Endpoint", run.Error, StringComparison.Ordinal);
        Assert.Empty(NewsBotProcess.StackTraceLines(run.Error));
        Assert.DoesNotContain("Unhandled exception", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_MissingRelativeSource_NamesTheAbsolutePathTried()
    {
        var environment = new Dictionary<string, string?>
        {
            ["NewsBot__Storage__Sqlite__Path"] = cli.StorePath,
            ["NewsBot__Embedding__Provider"] = "Hashing",
            ["NewsBot__Embedding__Dimensions"] = "256",
        };

        var run = await NewsBotProcess.RunAsync(cli.Folder, environment, "index", "nowhere/news");

        Assert.Equal(1, run.Exit);
        Assert.Contains($"{Path.Combine(cli.Folder, "nowhere", "news")} does not exist", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_RelativeStorePathAndSource_ResolvedAgainstTheCurrentDirectory()
    {
        cli.CopySamples();
        var environment = new Dictionary<string, string?>
        {
            ["NewsBot__Storage__Sqlite__Path"] = "relative/index.db",
            ["NewsBot__Embedding__Provider"] = "Hashing",
            ["NewsBot__Embedding__Dimensions"] = "256",
            ["NewsBot__Sources__0"] = "news",
        };

        var run = await NewsBotProcess.RunAsync(cli.Folder, environment, "index");

        Assert.Equal(0, run.Exit);
        Assert.Contains("Indexed: 12 added", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(cli.Folder, "relative", "index.db")));
    }

    [Fact]
    public async Task Index_EmptySourceArgument_SaysASourceIsEmpty()
    {
        var run = await cli.RunAsync("index", "");

        Assert.Equal(4, run.Exit);
        Assert.Contains("A source is empty", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task Index_EmptyConfiguredSource_OneSentenceNamingTheKey()
    {
        cli.Settings["NewsBot:Sources:0"] = "";

        var run = await cli.RunAsync("index");

        Assert.Equal(2, run.Exit);
        Assert.Contains("Configuration error: NewsBot:Sources:0 is empty", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_QuestionStartingWithAt_IsAskedAsWritten()
    {
        UseHashingSamples();

        var run = await cli.RunAsync("ask", "@everyone how high did the River Alder rise?");

        Assert.Equal(0, run.Exit);
        Assert.DoesNotContain("Response file", run.Error, StringComparison.Ordinal);
        Assert.NotEqual("", run.Output.Trim()); // an answer or a decline: the question was asked
    }

    [Fact]
    public async Task Ask_AtFileHoldingOptions_IsAQuestionNotOptions()
    {
        UseHashingSamples();
        var file = Path.Combine(cli.Folder, "options.rsp");
        await File.WriteAllTextAsync(file, "--json\nHow high did the River Alder rise?\n", TestContext.Current.CancellationToken);

        var run = await cli.RunAsync("ask", "@" + file);

        Assert.Equal(0, run.Exit);
        Assert.False(run.Output.TrimStart().StartsWith('{'), "the file's --json was read as an option");
    }

    public void Dispose() => cli.Dispose();

    private static List<string> Lines(string text) =>
        text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();

    /// <summary>A loopback port nothing listens on.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private void UseHashingSamples()
    {
        cli.Settings["NewsBot:Embedding:Provider"] = "Hashing";
        cli.Settings["NewsBot:Embedding:Dimensions"] = "256";
        cli.Settings["NewsBot:Sources:0"] = cli.CopySamples();
    }
}
