using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Storage;

namespace NewsBot.Benchmarks;

/// <summary>
/// The vector search alone (the candidate pool an answer asks for) over a kept synthetic store, with question vectors
/// embedded beforehand: median and 95th percentile of single searches on a warm store.
/// </summary>
[Config(typeof(Settings))]
public class ScaleVectorSearchBenchmarks
{
    private const int Pool = 150;
    private ServiceProvider? services;
    private IChunkStore? store;
    private ReadOnlyMemory<float>[] questions = [];
    private int next;

    [ParamsSource(typeof(ScaleCorpus), nameof(ScaleCorpus.Sizes))]
    public int Passages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var path = ScaleStores.EnsureAsync(Passages).GetAwaiter().GetResult();
        services = ScaleStores.Services(path);
        store = services.GetRequiredService<IChunkStore>();
        var random = new Random(11);
        var embedder = services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        questions = [.. embedder.GenerateAsync(Enumerable.Range(0, 64).Select(_ => SyntheticNews.Question(random))).GetAwaiter().GetResult().Select(e => e.Vector)];
        Search().GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<int> Search()
    {
        var vector = questions[next++ % questions.Length];
        return (await store!.SearchVectorAsync(vector, SearchFilter.None, Pool, CancellationToken.None)).Count;
    }

    [GlobalCleanup]
    public void Cleanup() => services?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    private sealed class Settings : ManualConfig
    {
        public Settings()
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Throughput).WithInvocationCount(1).WithUnrollFactor(1).WithWarmupCount(20).WithIterationCount(200));
            AddColumn(StatisticColumn.P50, StatisticColumn.P95);
        }
    }
}
