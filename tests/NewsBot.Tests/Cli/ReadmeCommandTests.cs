using System.Diagnostics;

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
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = cwd,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsbot.dll"));
        start.ArgumentList.Add("ask");
        start.ArgumentList.Add(ReadmeQuestion);
        start.Environment.Remove("NewsBot__Storage__Sqlite__Path");

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(process.ExitCode == 0, await error);
        var text = await output;
        Assert.Contains("According to Harbour Gazette", text, StringComparison.Ordinal);
        Assert.Contains("According to Valley Courier", text, StringComparison.Ordinal);
        Assert.Contains("[2]", text, StringComparison.Ordinal);
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
