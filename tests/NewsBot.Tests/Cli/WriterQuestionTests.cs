namespace NewsBot.Tests.Cli;

/// <summary>"Who wrote the article about …" over the samples, asked through the command a user runs.</summary>
public sealed class WriterQuestionTests : IDisposable
{
    private readonly CliRun cli = new();

    [Theory]
    [InlineData("who reported on the tram vote for the harbour gazette", "Mara Quill", "Council approves tram extension to Eastfield")]
    [InlineData("who reported for the courier on the tram", "Tomas Reyes", "Eastfield tram wins narrow vote as costs climb")]
    [InlineData("who wrote the gazette tram story", "Mara Quill", "Council approves tram extension to Eastfield")]
    public async Task Ask_WhoReportedATopicForAnOutlet_NamesThatOutletsWriterAndCitesItsStory(string question, string writer, string title)
    {
        var (declined, text, cited) = await AskAsync(question);

        Assert.False(declined, text);
        Assert.Contains($"was written by {writer}. [1]", text, StringComparison.Ordinal);
        Assert.Equal([title], cited);
    }

    [Fact]
    public async Task Ask_WhoWroteAStoryWithNoByline_SaysItNamesNoWriter()
    {
        var (declined, text, cited) = await AskAsync("who wrote the article about the flood in millbrook?");

        Assert.False(declined, text);
        Assert.Contains("does not name its writer", text, StringComparison.Ordinal);
        Assert.Equal(["Hundreds leave homes as River Alder floods Millbrook"], cited);
    }

    [Fact]
    public async Task Ask_WhichOutletsCoveredATopic_NamesEachOutletAndCitesItsStory()
    {
        var (declined, text, cited) = await AskAsync("which outlets covered the tram vote?");

        Assert.False(declined, text);
        Assert.StartsWith("Reported by ", text, StringComparison.Ordinal);
        Assert.Contains("Harbour Gazette (\"Council approves tram extension to Eastfield\", 16 November 2026)", text, StringComparison.Ordinal);
        Assert.Contains("Valley Courier (\"Eastfield tram wins narrow vote as costs climb\", 17 November 2026)", text, StringComparison.Ordinal);
        Assert.Equal(["Council approves tram extension to Eastfield", "Eastfield tram wins narrow vote as costs climb"], cited.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Ask_WhichPaperReportedAFigure_NamesOnlyTheOutletGivingIt()
    {
        var (declined, text, cited) = await AskAsync("which paper reported the tram cost at 240 million");

        Assert.False(declined, text);
        Assert.StartsWith("Reported by Valley Courier (", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Harbour Gazette", text, StringComparison.Ordinal);
        Assert.Equal(["Eastfield tram wins narrow vote as costs climb"], cited);
    }

    [Fact]
    public async Task Ask_WhichPapersReportedATopicTheSamplesLack_Declined()
    {
        var (declined, text, _) = await AskAsync("which papers reported on the new airport");

        Assert.True(declined, text);
    }

    [Fact]
    public async Task Ask_WhoWroteAboutATopicTheSamplesLack_Declined()
    {
        var (declined, text, _) = await AskAsync("who wrote the article about the new airport");

        Assert.True(declined, text);
    }

    public void Dispose() => cli.Dispose();

    private async Task<(bool Declined, string Text, List<string> Cited)> AskAsync(string question)
    {
        using var json = await cli.AskSamplesAsync(question, "2026-12-03");
        var root = json.RootElement;
        return (
            root.GetProperty("declined").GetBoolean(),
            root.GetProperty("answer").GetString()!,
            [.. root.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("title").GetString()!)]);
    }
}
