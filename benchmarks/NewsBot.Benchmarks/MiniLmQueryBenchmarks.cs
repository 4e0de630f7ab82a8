using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Core.Retrieval;
using NewsBot.Core.Storage;
using NewsBot.Ingestion.Embedding;
using NewsBot.Storage.Sqlite;

namespace NewsBot.Benchmarks;

/// <summary>
/// <see cref="QueryBenchmarks"/> with the default embedder: the store's vectors and every question's come from MiniLM.
/// The store is filled through the benchmarks' kept cache (<see cref="BenchmarkStore.CachePath"/>), so a size is
/// embedded once across runs. Questions are answered through a fresh cache, as <c>ask</c> is: each iteration asks a
/// different question, so its embedding is never a cache hit, and sentences of the leading articles are embedded the
/// first time they are met. Sizes come from <c>NEWSBOT_BENCH_CHUNKS</c> (default <c>10000,100000</c>).
/// </summary>
[Config(typeof(LatencyConfig))]
[MemoryDiagnoser]
public class MiniLmQueryBenchmarks
{
    private static readonly string Model = new EmbedderSignature(MiniLmEmbeddingGenerator.Name, MiniLmEmbeddingGenerator.ModelDimensions).ToString();

    private readonly Random random = new(11);
    private string path = string.Empty;
    private string questionCachePath = string.Empty;
    private MiniLmEmbeddingGenerator? encoder;
    private EmbeddingCache? kept;
    private EmbeddingCache? questionCache;
    private SqliteChunkStore? store;
    private IRetriever? retriever;
    private ExtractiveAnswerService? answers;

    [ParamsSource(nameof(Sizes))]
    public int Chunks { get; set; }

    /// <summary>The store sizes: <c>NEWSBOT_BENCH_CHUNKS</c> (comma-separated) or 10k and 100k.</summary>
    public static IEnumerable<int> Sizes() =>
        Environment.GetEnvironmentVariable("NEWSBOT_BENCH_CHUNKS") is { Length: > 0 } sizes
            ? sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))
            : [10_000, 100_000];

    [GlobalSetup]
    public void Setup()
    {
        encoder = new MiniLmEmbeddingGenerator(Environment.ProcessorCount);
        kept = EmbeddingCache.Open(BenchmarkStore.CachePath);
        var before = kept.Count(Model);
        var clock = Stopwatch.StartNew();
        path = BenchmarkStore.TempPath();
        var signature = new EmbedderSignature(MiniLmEmbeddingGenerator.Name, MiniLmEmbeddingGenerator.ModelDimensions);
        store = BenchmarkStore.FillAsync(path, Chunks, new CachingEmbeddingGenerator(encoder, kept, Model), signature).GetAwaiter().GetResult();
        var embedded = kept.Count(Model) - before;
        Console.WriteLine($"// Filled {Chunks} chunks in {clock.Elapsed.TotalSeconds:N0} s, {embedded} of them newly embedded into {kept.Path}");

        questionCachePath = BenchmarkStore.TempPath();
        questionCache = EmbeddingCache.Open(questionCachePath);
        var embedder = new CachingEmbeddingGenerator(encoder, questionCache, Model);
        (retriever, answers) = BenchmarkStore.Answering(store, embedder);
    }

    /// <summary>Keywords + question embedding + vector search + fusion + time weighting.</summary>
    [Benchmark]
    public async Task<int> HybridQuery()
    {
        var result = await retriever!.RetrieveAsync(new RetrievalRequest(SyntheticNews.Question(random)), CancellationToken.None);
        return result.Articles.Count;
    }

    /// <summary>What <c>ask</c> does: the query, then the leading articles' sentences embedded and the answer quoted.</summary>
    [Benchmark]
    public async Task<int> Ask()
    {
        var answer = await answers!.AnswerAsync(new AnswerRequest(SyntheticNews.Question(random)), CancellationToken.None);
        return answer.Citations.Count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        PeakMemory.Print($"asking over {Chunks} MiniLM chunks");
        Console.WriteLine($"// {questionCache?.Count(Model)} question and sentence embeddings were computed while asking");
        store?.Dispose();
        questionCache?.Dispose();
        kept?.Dispose();
        encoder?.Dispose();
        BenchmarkStore.Delete(path);
        BenchmarkStore.Delete(questionCachePath);
    }
}
