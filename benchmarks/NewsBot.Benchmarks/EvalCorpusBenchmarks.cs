using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Ingestion.Indexing;

namespace NewsBot.Benchmarks;

/// <summary>
/// Indexes the RealTimeQA development slice (612 real articles: read, clean, chunk, embed, write) into a fresh
/// store through the same services the CLI uses. Needs ../shared beside the repository.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class EvalCorpusBenchmarks
{
    private string corpus = string.Empty;
    private string path = string.Empty;
    private ServiceProvider? services;

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsBot.sln")))
        {
            dir = dir.Parent;
        }

        corpus = Path.GetFullPath(Path.Combine(dir?.FullName ?? ".", "..", "shared", "eval", "realtimeqa-dev"));
        if (!Directory.Exists(corpus))
        {
            throw new InvalidOperationException($"{corpus} is absent; this benchmark needs ../shared.");
        }
    }

    [IterationSetup]
    public void NewStore()
    {
        path = BenchmarkStore.TempPath();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["NewsBot:Storage:Sqlite:Path"] = path })
            .Build();
        services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddNewsBotCore(configuration)
            .AddNewsIngestion(configuration)
            .AddNewsBotSqliteStore(configuration)
            .BuildServiceProvider();
    }

    [Benchmark]
    public async Task<int> IndexDevSlice()
    {
        var report = await services!.GetRequiredService<IArticleIndexer>().IndexAsync([corpus], null, CancellationToken.None);
        return report.Added;
    }

    [IterationCleanup]
    public void DropStore()
    {
        services?.Dispose();
        BenchmarkStore.Delete(path);
    }

    [GlobalCleanup]
    public void Cleanup() => PeakMemory.Print("indexing the 612-article dev slice");
}
