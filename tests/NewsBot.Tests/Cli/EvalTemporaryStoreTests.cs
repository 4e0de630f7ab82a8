namespace NewsBot.Tests.Cli;

/// <summary><c>newsbot eval</c> indexes into a temporary store; when it ends, nothing of that store is left behind.</summary>
public sealed class EvalTemporaryStoreTests : IDisposable
{
    private readonly CliRun cli = new();

    [Fact]
    public async Task Eval_RunEnds_LeavesNoFileOfItsTemporaryStore()
    {
        var temp = Directory.CreateDirectory(Path.Combine(cli.Folder, "tmp")).FullName;
        var questions = Path.Combine(cli.Folder, "questions.jsonl");
        await File.WriteAllTextAsync(
            questions,
            """{"id":"q1","question":"How many fans watched the cup final?","question_date":"2026-11-12","answer":"6,000"}""" + "\n",
            TestContext.Current.CancellationToken);
        var environment = new Dictionary<string, string?>
        {
            ["TMPDIR"] = temp,
            ["NewsBot__Embedding__Provider"] = "Hashing",
        };

        var run = await NewsBotProcess.RunAsync(cli.Folder, environment, "eval", "--corpus", cli.CopySamples(), "--questions", questions, "--json");

        Assert.Equal(0, run.Exit);
        Assert.Contains("\"answerQuestions\":1", run.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp, "newsbot-eval-*"));
    }

    public void Dispose() => cli.Dispose();
}
