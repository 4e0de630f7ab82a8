namespace NewsBot.Tests.Cli;

/// <summary>The README's first command, run as a real process on a fresh folder holding only the samples.</summary>
public sealed class ReadmeCommandTests : IDisposable
{
    private readonly CliRun cli = new();

    [Fact]
    public async Task Ask_FreshFolderWithSamples_IndexesThemAndPrintsCitedTwoOutletAnswer()
    {
        var cwd = Path.Combine(cli.Folder, "fresh");
        Directory.CreateDirectory(Path.Combine(cwd, "samples"));
        Directory.Move(cli.CopySamples(), Path.Combine(cwd, "samples", "news"));

        var (exit, output, error) = await NewsBotProcess.RunAsync(cwd, new Dictionary<string, string?> { ["NewsBot__Storage__Sqlite__Path"] = null }, "ask", ReadmeQuestion);

        // The terminal answer is wrapped at 80 columns: read it as one line.
        var text = string.Join(' ', output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.True(exit == 0, error);
        Assert.Contains("According to Harbour Gazette", text, StringComparison.Ordinal);
        Assert.Contains("According to Valley Courier", text, StringComparison.Ordinal);
        Assert.Contains("[2]", text, StringComparison.Ordinal);
        Assert.Contains("The outlets differ on the cost:", text, StringComparison.Ordinal);
        Assert.Contains("Sources:", text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(cwd, "data", "newsbot.db")));
    }

    [Fact]
    public void Readme_FirstCommand_IsTheAskRunHere()
    {
        var readme = File.ReadAllLines(Path.Combine(NewsBot.Testing.SharedFolder.RepositoryRoot, "README.md"));

        var first = readme.SkipWhile(l => !l.StartsWith("```", StringComparison.Ordinal)).Skip(1).First();

        Assert.Equal($"dotnet run --project src/NewsBot -- ask \"{ReadmeQuestion}\"", first);
    }

    /// <summary>The question in the README's first command.</summary>
    internal const string ReadmeQuestion = "What did the council decide about the Eastfield tram?";

    public void Dispose() => cli.Dispose();
}
