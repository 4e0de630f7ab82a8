using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Core.Retrieval;
using NewsBot.Ingestion.Embedding;
using NewsBot.Storage.Sqlite;

namespace NewsBot.Benchmarks;

/// <summary>
/// Latency of one full hybrid query (keywords + vector + fusion + time weighting), and of one extractive answer
/// (that query plus sentence choice and citations), at 10k and 100k chunks.
/// </summary>
[Config(typeof(LatencyConfig))]
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private readonly Random random = new(11);
    private string path = string.Empty;
    private SqliteChunkStore? store;
    private IRetriever? retriever;
    private ExtractiveAnswerService? answers;

    [Params(10_000, 100_000)]
    public int Chunks { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        path = BenchmarkStore.TempPath();
        store = BenchmarkStore.FillAsync(path, Chunks).GetAwaiter().GetResult();
        var embedder = new HashingEmbeddingGenerator(BenchmarkStore.Dimensions);
        (retriever, answers) = BenchmarkStore.Answering(store, embedder);
    }

    [Benchmark]
    public async Task<int> HybridQuery()
    {
        var result = await retriever!.RetrieveAsync(new RetrievalRequest(SyntheticNews.Question(random)), CancellationToken.None);
        return result.Articles.Count;
    }

    [Benchmark]
    public async Task<int> ExtractiveAnswer()
    {
        var answer = await answers!.AnswerAsync(new AnswerRequest(SyntheticNews.Question(random)), CancellationToken.None);
        return answer.Citations.Count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        PeakMemory.Print($"query {Chunks} chunks");
        store?.Dispose();
        BenchmarkStore.Delete(path);
    }
}
