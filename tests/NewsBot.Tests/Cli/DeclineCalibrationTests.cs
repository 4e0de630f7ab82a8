using System.Text.Json;
using NewsBot.Testing;

namespace NewsBot.Tests.Cli;

/// <summary>
/// The decline threshold is calibrated on questions written for this project about things absent from the
/// RealTimeQA development slice (samples/eval/absent-questions.jsonl): asked at their own dates, they are declined.
/// </summary>
public sealed class DeclineCalibrationTests : IDisposable
{
    private readonly CliRun cli = new();

    [Fact]
    public async Task Ask_QuestionsAbsentFromTheDevSlice_AreDeclined()
    {
        var corpus = SharedFolder.Require("eval", "realtimeqa-dev");
        var indexed = await cli.RunAsync("index", corpus);
        var path = Path.Combine(SharedFolder.RepositoryRoot, "samples", "eval", "absent-questions.jsonl");
        var declined = 0;
        var lines = await File.ReadAllLinesAsync(path, TestContext.Current.CancellationToken);

        // Without these an empty index, or no questions, would pass: every question is declined when nothing is indexed.
        Assert.True(indexed.Exit == 0, indexed.Output + indexed.Error);
        Assert.Contains("612 added", indexed.Output, StringComparison.Ordinal);
        Assert.NotEmpty(lines);

        foreach (var line in lines)
        {
            using var question = JsonDocument.Parse(line);
            var run = await cli.RunAsync("ask", question.RootElement.GetProperty("question").GetString()!,
                "--as-of", question.RootElement.GetProperty("question_date").GetString()!, "--json");
            using var answer = JsonDocument.Parse(run.Output);
            declined += answer.RootElement.GetProperty("declined").GetBoolean() ? 1 : 0;
        }

        Assert.True(declined >= lines.Length * 0.9, $"declined {declined} of {lines.Length}");
    }

    public void Dispose() => cli.Dispose();
}
