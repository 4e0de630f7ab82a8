using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Storage;
using NewsBot.Evaluation;
using NewsBot.Ingestion.Indexing;

namespace NewsBot.Cli;

/// <summary>
/// <c>newsbot eval --corpus DIR --questions FILE [--k N] [--json] [--details FILE]</c>: retrieval and answer quality
/// on a question set, in a temporary index.
/// </summary>
internal sealed class EvalCommand(IArticleIndexer indexer, IChunkStore store, EvalRunner runner)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static Command Define(VerbRunner runVerb)
    {
        var corpus = new Option<DirectoryInfo>("--corpus") { Description = "Folder of articles (with an optional articles.jsonl manifest).", Required = true };
        var questions = new Option<FileInfo>("--questions") { Description = "JSON-lines questions, each with evidence_article_ids, an answer, or \"answerable\": false.", Required = true };
        var k = new Option<int>("--k") { Description = "Also report hits@k for this k.", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var details = new Option<FileInfo?>("--details") { Description = "Write one JSON line per question (answer, citations, evidence rank, gold) to this file." };
        var command = new Command("eval", "Measure retrieval (hits@1/4/10, MRR@10) and answers on a question set in a temporary index.") { corpus, questions, k, json, details };
        command.SetAction(async (parsed, _) =>
        {
            // A temporary index in the configured kind of store: a new SQLite file, or a new Qdrant collection dropped afterwards.
            // The SQLite file lives in a folder of its own, removed whole: the store keeps files beside it (-wal, -shm, .vectors).
            var name = $"newsbot-eval-{Guid.NewGuid():N}";
            var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), name)).FullName;
            var store = Path.Combine(folder, "index.db");
            try
            {
                return await runVerb(
                    new Dictionary<string, string?> { ["NewsBot:Storage:Sqlite:Path"] = store, ["NewsBot:Storage:Qdrant:Collection"] = name },
                    async (services, output, error, token) =>
                    {
                        try
                        {
                            return await services.GetRequiredService<EvalCommand>().RunAsync(
                                new EvalArguments(parsed.GetValue(corpus)!.FullName, parsed.GetValue(questions)!.FullName, parsed.GetValue(k), parsed.GetValue(json))
                                {
                                    DetailsPath = parsed.GetValue(details)?.FullName,
                                },
                                output,
                                error,
                                token);
                        }
                        finally
                        {
                            await DropAsync(services);
                        }
                    });
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        });
        return command;
    }

    /// <summary>Empties the temporary index; when the store cannot be reached the error already said so.</summary>
    private static async Task DropAsync(IServiceProvider services)
    {
        try
        {
            await services.GetRequiredService<IChunkStore>().ClearAsync(CancellationToken.None);
        }
        catch (StoreUnavailableException)
        {
        }
    }

    public async Task<int> RunAsync(EvalArguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (arguments.K < 1)
        {
            await error.WriteLineAsync("--k must be at least 1.");
            return ExitCodes.BadInput;
        }

        if (!Directory.Exists(arguments.Corpus))
        {
            await error.WriteLineAsync($"The corpus folder '{arguments.Corpus}' does not exist.");
            return ExitCodes.BadInput;
        }

        IReadOnlyList<EvalQuestion> questions;
        try
        {
            questions = await QuestionsFile.ReadAsync(arguments.QuestionsPath, cancellationToken);
        }
        catch (EvalInputException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return ExitCodes.BadInput;
        }

        StreamWriter? details = null;
        if (arguments.DetailsPath is { } detailsPath)
        {
            try
            {
                details = new StreamWriter(detailsPath, append: false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"The details file '{detailsPath}' cannot be written: {ex.Message}");
                return ExitCodes.BadInput;
            }
        }

        await using (details)
        {
            var indexed = await indexer.IndexAsync([arguments.Corpus], progress: null, cancellationToken);
            foreach (var failure in indexed.Failures)
            {
                await error.WriteLineAsync($"not indexed: {failure.Origin}: {failure.Reason}");
            }

            var counts = await store.CountAsync(cancellationToken);
            var report = await runner.RunAsync(questions, arguments.K, counts.Articles, details, cancellationToken);
            await (arguments.Json
                ? output.WriteLineAsync(JsonSerializer.Serialize(report, Json))
                : WriteTableAsync(report, counts, output));
        }

        return ExitCodes.Success;
    }

    private static async Task WriteTableAsync(EvalReport report, StoreCounts counts, TextWriter output)
    {
        await output.WriteLineAsync(
            $"{report.Questions} questions over {counts.Articles} articles ({counts.Chunks} passages): " +
            $"{report.RetrievalQuestions} scored for retrieval, {report.AnswerQuestions} for answers, {report.UnanswerableQuestions} unanswerable");
        if (report.RetrievalQuestions == 0)
        {
            await output.WriteLineAsync("retrieval: no question names evidence articles");
        }
        else
        {
            await output.WriteLineAsync($"hits@1  {Figure(report.HitsAt1)}");
            await output.WriteLineAsync($"hits@4  {Figure(report.HitsAt4)}");
            await output.WriteLineAsync($"hits@10 {Figure(report.HitsAt10)}");
            await output.WriteLineAsync($"MRR@10  {Figure(report.MrrAt10)}");
            if (report.K is not (1 or 4 or 10))
            {
                await output.WriteLineAsync($"hits@{report.K} {Figure(report.HitsAtK)}");
            }
        }

        if (report.AnswerQuestions > 0)
        {
            await output.WriteLineAsync($"answerContainsGold {Figure(report.AnswerContainsGold)}");
            await output.WriteLineAsync($"citationSupport    {Figure(report.CitationSupport)}");
            await output.WriteLineAsync($"citationHit        {Figure(report.CitationHit)}");
            await output.WriteLineAsync($"citationPrecision  {Figure(report.CitationPrecision)}");
            await output.WriteLineAsync($"declineRate        {Figure(report.DeclineRate)}");
        }

        if (report.UnanswerableQuestions > 0)
        {
            await output.WriteLineAsync($"declinedRight      {Figure(report.DeclinedRight)}");
        }

        await output.WriteLineAsync($"meanWords          {report.MeanWords?.ToString("F1", CultureInfo.InvariantCulture) ?? "-"}");
    }

    /// <summary>A share to three places, or "-" when no question was scored for it.</summary>
    private static string Figure(double? value) => value?.ToString("F3", CultureInfo.InvariantCulture) ?? "-";
}
