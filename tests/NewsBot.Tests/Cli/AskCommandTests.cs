using System.Text.Json;
using NewsBot.Testing;

namespace NewsBot.Tests.Cli;

public sealed class AskCommandTests : IDisposable
{
    private readonly CliRun cli = new();

    [Fact]
    public async Task Ask_BlinkenLavrovSeeds_CitesBothOutletsAndNamesStartWhelanAndUkraine()
    {
        var seeds = SharedFolder.Require("seeds");
        await cli.RunAsync("index", seeds);

        var run = await cli.RunAsync("ask", "What did Blinken ask Lavrov for?", "--json");

        Assert.Equal(0, run.Exit);
        using var json = JsonDocument.Parse(run.Output);
        var answer = json.RootElement.GetProperty("answer").GetString()!;
        var cited = json.RootElement.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("title").GetString()).ToList();
        Assert.Equal(2, cited.Count);
        Assert.Contains("START", answer, StringComparison.Ordinal);
        Assert.Contains("Whelan", answer, StringComparison.Ordinal);
        Assert.Contains("Ukraine", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_Json_HasTheDocumentedShape()
    {
        await cli.RunAsync("index", cli.CopySamples());

        var run = await cli.RunAsync("ask", "How many homes were evacuated in Millbrook?", "--json", "--as-of", "2026-11-20");

        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("How many homes were evacuated in Millbrook?", root.GetProperty("question").GetString());
        Assert.StartsWith("2026-11-20T00:00:00", root.GetProperty("askedAt").GetString(), StringComparison.Ordinal);
        Assert.False(root.GetProperty("declined").GetBoolean());
        Assert.Contains("300", root.GetProperty("answer").GetString(), StringComparison.Ordinal);
        var citation = root.GetProperty("citations")[0];
        foreach (var key in new[] { "n", "articleId", "title", "source", "date", "url" })
        {
            Assert.True(citation.TryGetProperty(key, out _), $"citation lacks {key}");
        }

        var passage = root.GetProperty("passages")[0];
        foreach (var key in new[] { "articleId", "chunkId", "score" })
        {
            Assert.True(passage.TryGetProperty(key, out _), $"passage lacks {key}");
        }
    }

    [Fact]
    public async Task Ask_AbsentTopic_SaysItCouldNotFindIt()
    {
        await cli.RunAsync("index", cli.CopySamples());

        var run = await cli.RunAsync("ask", "Who won the chess olympiad in Budapest?");

        Assert.Equal(0, run.Exit);
        Assert.Contains("I couldn't find this in the indexed news.", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Sources:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_QuestionOnlyTouchingAnIndexedStory_DeclinesAndListsItAsNearest()
    {
        await cli.RunAsync("index", cli.CopySamples());

        var run = await cli.RunAsync("ask", "Which insurer paid for the new tram depot roof in Copenhagen?");

        Assert.Equal(0, run.Exit);
        Assert.Contains("I couldn't find this in the indexed news.", run.Output, StringComparison.Ordinal);
        Assert.Contains("Nearest articles, which do not answer it:", run.Output, StringComparison.Ordinal);
        Assert.Contains("- Eastfield tram wins narrow vote as costs climb", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("[1]", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_SourceFilter_CitesOnlyThatOutlet()
    {
        await cli.RunAsync("index", cli.CopySamples());

        var run = await cli.RunAsync("ask", "How much will the Eastfield tram cost?", "--source", "Valley Courier", "--json");

        using var json = JsonDocument.Parse(run.Output);
        Assert.NotEmpty(json.RootElement.GetProperty("citations").EnumerateArray());
        Assert.All(json.RootElement.GetProperty("citations").EnumerateArray(), c => Assert.Equal("Valley Courier", c.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task Ask_BadSinceValue_NamesTheOption()
    {
        var run = await cli.RunAsync("ask", "anything", "--since", "fortnight");

        Assert.Equal(4, run.Exit);
        Assert.Contains("--since 'fortnight'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_TerminalOutput_FitsEightyColumns()
    {
        await cli.RunAsync("index", cli.CopySamples());

        var run = await cli.RunAsync("ask", "What did the council decide about the Eastfield tram?");

        Assert.Contains("Sources:", run.Output, StringComparison.Ordinal);
        Assert.All(run.Output.Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 80, line));
    }

    public void Dispose() => cli.Dispose();
}
