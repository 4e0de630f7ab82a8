using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Storage;
using NewsBot.Evaluation;
using NewsBot.Ingestion.Indexing;

namespace NewsBot.Cli;

/// <summary><c>newsbot eval --corpus DIR --questions FILE [--k N] [--json]</c>: retrieval quality on a question set, in a temporary index.</summary>
internal sealed class EvalCommand(IArticleIndexer indexer, IChunkStore store, EvalRunner runner)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static Command Define(VerbRunner runVerb)
    {
        var corpus = new Option<DirectoryInfo>("--corpus") { Description = "Folder of articles (with an optional articles.jsonl manifest).", Required = true };
        var questions = new Option<FileInfo>("--questions") { Description = "JSON-lines questions with evidence_article_ids.", Required = true };
        var k = new Option<int>("--k") { Description = "Also report hits@k for this k.", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var command = new Command("eval", "Measure retrieval (hits@1/4/10, MRR@10) and answers on a question set in a temporary index.") { corpus, questions, k, json };
        command.SetAction(async (parsed, _) =>
        {
            var store = Path.Combine(Path.GetTempPath(), $"newsbot-eval-{Guid.NewGuid():N}.db");
            try
            {
                return await runVerb(
                    new Dictionary<string, string?> { ["NewsBot:Storage:Provider"] = "Sqlite", ["NewsBot:Storage:Sqlite:Path"] = store },
                    (services, output, error, token) => services.GetRequiredService<EvalCommand>().RunAsync(
                        parsed.GetValue(corpus)!.FullName, parsed.GetValue(questions)!.FullName, parsed.GetValue(k), parsed.GetValue(json), output, error, token));
            }
            finally
            {
                foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
                {
                    File.Delete(store + suffix);
                }
            }
        });
        return command;
    }

    public async Task<int> RunAsync(string corpus, string questionsPath, int k, bool json, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (k < 1)
        {
            await error.WriteLineAsync("--k must be at least 1.");
            return ExitCodes.BadInput;
        }

        if (!Directory.Exists(corpus))
        {
            await error.WriteLineAsync($"The corpus folder '{corpus}' does not exist.");
            return ExitCodes.BadInput;
        }

        IReadOnlyList<EvalQuestion> questions;
        try
        {
            questions = await QuestionsFile.ReadAsync(questionsPath, cancellationToken);
        }
        catch (EvalInputException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return ExitCodes.BadInput;
        }

        var indexed = await indexer.IndexAsync([corpus], progress: null, cancellationToken);
        foreach (var failure in indexed.Failures)
        {
            await error.WriteLineAsync($"not indexed: {failure.Origin}: {failure.Reason}");
        }

        var counts = await store.CountAsync(cancellationToken);
        var report = await runner.RunAsync(questions, k, counts.Articles, cancellationToken);
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(report, Json));
            return ExitCodes.Success;
        }

        await output.WriteLineAsync($"{report.Questions} questions over {counts.Articles} articles ({counts.Chunks} passages)");
        await output.WriteLineAsync($"hits@1  {report.HitsAt1:F3}");
        await output.WriteLineAsync($"hits@4  {report.HitsAt4:F3}");
        await output.WriteLineAsync($"hits@10 {report.HitsAt10:F3}");
        await output.WriteLineAsync($"MRR@10  {report.MrrAt10:F3}");
        if (k is not (1 or 4 or 10))
        {
            await output.WriteLineAsync($"hits@{k} {report.HitsAtK:F3}");
        }

        if (report.AnswerContainsGold is { } gold)
        {
            await output.WriteLineAsync($"answerContainsGold {gold:F3}");
            await output.WriteLineAsync($"citationHit        {report.CitationHit ?? 0:F3}");
            await output.WriteLineAsync($"citationPrecision  {report.CitationPrecision ?? 0:F3}");
            await output.WriteLineAsync($"declineRate        {report.DeclineRate ?? 0:F3}");
        }

        return ExitCodes.Success;
    }
}
