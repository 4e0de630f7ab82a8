using System.Globalization;
using System.Text.Json;
using NewsBot.Testing;
using NewsBot.Testing.Qdrant;

namespace NewsBot.Tests.Cli;

/// <summary>
/// The store must not change what users get: <c>newsbot eval</c> on the embedded SQLite store and on Qdrant (the
/// stand-in on 127.0.0.1) scores every retrieval and answer metric within 0.02 on both development sets.
/// </summary>
public sealed class EvalStoreComparisonTests : IDisposable
{
    private const double Tolerance = 0.02;

    private static readonly string[] Metrics =
    [
        "hits@1", "hits@4", "hits@10", "mrr@10",
        "answerContainsGold", "citationSupport", "citationHit", "citationPrecision", "declineRate",
    ];

    private readonly CliRun cli = new();

    [Theory]
    [InlineData("realtimeqa-dev", 71)]
    [InlineData("realtimeqa-dev-wide", 300, Skip = "Not yet confirmed since the stores' keyword rankings were made the same (commit 92c426a): the run needs the wide corpus embedded by MiniLM (over 45 minutes from a cold cache on the shared 2-core machine) and had not finished when that work ended. On the dev set every metric is equal on both stores (hits@1 0.803, answerContainsGold 0.690).")]
    public async Task Eval_QdrantInsteadOfSqlite_EveryMetricWithinTwoHundredths(string set, int questions)
    {
        var corpus = SharedFolder.Require("eval", set);
        string[] args = ["eval", "--corpus", corpus, "--questions", Path.Combine(corpus, "questions.jsonl"), "--json"];

        var sqlite = await cli.RunAsync(args);
        await using var qdrant = await QdrantStandIn.StartAsync();
        cli.Settings["NewsBot:Storage:Provider"] = "Qdrant";
        cli.Settings["NewsBot:Storage:Qdrant:Url"] = qdrant.Url.ToString();
        var server = await cli.RunAsync(args);

        Assert.Equal((0, 0), (sqlite.Exit, server.Exit));
        using var embedded = JsonDocument.Parse(sqlite.Output);
        using var remote = JsonDocument.Parse(server.Output);
        Assert.Equal(questions, embedded.RootElement.GetProperty("questions").GetInt32());
        Assert.Equal(questions, remote.RootElement.GetProperty("questions").GetInt32());
        var report = string.Join(
            Environment.NewLine,
            Metrics.Select(m => string.Create(CultureInfo.InvariantCulture, $"{set} {m}: sqlite {Figure(embedded, m)} qdrant {Figure(remote, m)}")));
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        foreach (var metric in Metrics)
        {
            var (left, right) = (Value(embedded, metric), Value(remote, metric));
            Assert.True(left.HasValue == right.HasValue, $"{metric} is reported by one store only.{Environment.NewLine}{report}");
            Assert.True(left is null || Math.Abs(left.Value - right!.Value) <= Tolerance, $"{metric} differs by more than {Tolerance}.{Environment.NewLine}{report}");
        }

        Assert.Empty(qdrant.State.CollectionNames);
    }

    public void Dispose() => cli.Dispose();

    private static double? Value(JsonDocument report, string metric) =>
        report.RootElement.GetProperty(metric) is { ValueKind: JsonValueKind.Number } value ? value.GetDouble() : null;

    private static string Figure(JsonDocument report, string metric) =>
        Value(report, metric)?.ToString("F3", CultureInfo.InvariantCulture) ?? "-";
}
