namespace NewsBot.Tests.Cli;

public sealed class SummarizeCommandTests : IDisposable
{
    private readonly CliRun cli = new();

    [Fact]
    public async Task Summarize_TitleWords_PrintsSummaryAndItsSource()
    {
        await cli.RunAsync("index", cli.CopySamples());

        var run = await cli.RunAsync("summarize", "River", "Alder", "floods");

        Assert.Equal(0, run.Exit);
        Assert.Contains("300 homes", run.Output, StringComparison.Ordinal);
        Assert.Contains("[1] Hundreds leave homes as River Alder floods Millbrook (Northern Wire,", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_AmbiguousWords_ListsCandidatesWithIds()
    {
        await cli.RunAsync("index", cli.CopySamples());

        var run = await cli.RunAsync("summarize", "ferry");

        Assert.Equal(4, run.Exit);
        Assert.Contains("Several articles match 'ferry'", run.Output, StringComparison.Ordinal);
        Assert.Contains("Ferry strike ends after five days", run.Output, StringComparison.Ordinal);
        Assert.Contains("Ferry crews return", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_Unknown_SaysNothingMatches()
    {
        await cli.RunAsync("index", cli.CopySamples());

        var run = await cli.RunAsync("summarize", "chess olympiad");

        Assert.Equal(4, run.Exit);
        Assert.Contains("No indexed article matches 'chess olympiad'.", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => cli.Dispose();
}
