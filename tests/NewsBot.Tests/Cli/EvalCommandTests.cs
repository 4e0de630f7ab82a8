using System.Text.Json;
using NewsBot.Testing;

namespace NewsBot.Tests.Cli;

public sealed class EvalCommandTests : IDisposable
{
    private readonly CliRun cli = new();

    [Fact]
    public async Task Eval_RealTimeQaDevSlice_MeetsRetrievalAndAnswerTargets()
    {
        var corpus = SharedFolder.Require("eval", "realtimeqa-dev");

        var run = await cli.RunAsync("eval", "--corpus", corpus, "--questions", Path.Combine(corpus, "questions.jsonl"), "--json");

        Assert.Equal(0, run.Exit);
        using var report = JsonDocument.Parse(run.Output);
        var root = report.RootElement;
        Assert.Equal(71, root.GetProperty("questions").GetInt32());
        Assert.True(root.GetProperty("hits@1").GetDouble() >= 0.75, run.Output);
        Assert.True(root.GetProperty("hits@4").GetDouble() >= 0.95, run.Output);
        Assert.True(root.GetProperty("mrr@10").GetDouble() >= 0.85, run.Output);
        Assert.True(root.GetProperty("hits@10").GetDouble() >= root.GetProperty("hits@4").GetDouble());
        AssertAnswerTargets(root, run.Output);
    }

    [Fact]
    public async Task Eval_HeldOutQuestions_MeetAnswerTargets()
    {
        var corpus = SharedFolder.Require("eval", "realtimeqa-dev");
        var questions = Path.Combine(SharedFolder.RepositoryRoot, "samples", "eval", "heldout-questions.jsonl");

        var run = await cli.RunAsync("eval", "--corpus", corpus, "--questions", questions, "--json");

        Assert.Equal(0, run.Exit);
        using var report = JsonDocument.Parse(run.Output);
        var root = report.RootElement;
        Assert.Equal(30, root.GetProperty("questions").GetInt32());
        AssertAnswerTargets(root, run.Output);
    }

    [Fact]
    public async Task Eval_SampleQuestions_PrintsTableWithEveryMetric()
    {
        var news = cli.CopySamples();
        var questions = Path.Combine(cli.Folder, "q.jsonl");
        var ids = await IdsByFileAsync(news);
        await File.WriteAllLinesAsync(questions,
        [
            $$"""{"id":"q1","question":"How many homes were evacuated when the river flooded?","question_date":"2026-11-19","evidence_article_ids":["{{ids["03-river-flood.txt"]}}"]}""",
            $$"""{"id":"q2","question":"Which team won the regional cup this week?","question_date":"2026-11-13","evidence_article_ids":["{{ids["12-football.txt"]}}"]}""",
        ], TestContext.Current.CancellationToken);

        var run = await cli.RunAsync("eval", "--corpus", news, "--questions", questions);

        Assert.Equal(0, run.Exit);
        Assert.Contains("2 questions over 12 articles", run.Output, StringComparison.Ordinal);
        Assert.Contains("hits@1  1.000", run.Output, StringComparison.Ordinal);
        Assert.Contains("MRR@10  1.000", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_MalformedQuestionLine_NamesFileAndLine()
    {
        var news = cli.CopySamples();
        var questions = Path.Combine(cli.Folder, "bad.jsonl");
        await File.WriteAllLinesAsync(questions, ["""{"id":"q1","question":"What?"}""", "{not json"], TestContext.Current.CancellationToken);

        var run = await cli.RunAsync("eval", "--corpus", news, "--questions", questions);

        Assert.Equal(4, run.Exit);
        Assert.Contains("Line 2 of", run.Error, StringComparison.Ordinal);
        Assert.Contains("bad.jsonl", run.Error, StringComparison.Ordinal);
    }

    /// <summary>The answer targets: gold in the answer, the evidence cited and little else, rare declines.</summary>
    private static void AssertAnswerTargets(JsonElement root, string output)
    {
        Assert.True(root.GetProperty("answerContainsGold").GetDouble() >= 0.60, output);
        Assert.True(root.GetProperty("citationHit").GetDouble() >= 0.90, output);
        Assert.True(root.GetProperty("citationPrecision").GetDouble() >= 0.75, output);
        Assert.True(root.GetProperty("declineRate").GetDouble() <= 0.05, output);
    }

    public void Dispose() => cli.Dispose();

    private async Task<Dictionary<string, string>> IdsByFileAsync(string news)
    {
        await cli.RunAsync("index", news);
        using var store = new NewsBot.Storage.Sqlite.SqliteChunkStore(cli.StorePath);
        var articles = await store.ListArticlesAsync(TestContext.Current.CancellationToken);
        return articles.ToDictionary(a => Path.GetFileName(a.Article.Origin), a => a.Article.Id);
    }
}
