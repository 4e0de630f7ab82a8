using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Storage;
using NewsBot.Ingestion.Indexing;

namespace NewsBot.Benchmarks;

/// <summary>
/// Indexes the RealTimeQA development slice (612 real articles: read, clean, chunk, embed, write) into a fresh
/// store through the same services the CLI uses, with the default embedder (MiniLM behind the embedding cache).
/// <c>cold</c> gives every iteration a fresh cache file, so every passage is embedded; <c>warm</c> uses the
/// benchmarks' kept cache (<see cref="BenchmarkStore.CachePath"/>), filled untimed first when it lacks the slice.
/// A cold run embeds about 11k passages, so there is one iteration; each prints its passages per second.
/// Needs ../shared beside the repository.
/// </summary>
/// <remarks>No memory diagnoser: it would index the slice once more to count allocations; the peak working set is printed instead.</remarks>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class EvalCorpusBenchmarks
{
    private readonly Stopwatch clock = new();
    private string path = string.Empty;
    private string cachePath = string.Empty;
    private TimeSpan cpu;
    private ServiceProvider? services;

    /// <summary><c>cold</c>: an empty cache each iteration; <c>warm</c>: every passage already cached.</summary>
    [Params("cold", "warm")]
    public string Cache { get; set; } = "cold";

    [GlobalSetup]
    public void Setup()
    {
        if (DevSlice.Folder is null)
        {
            throw new InvalidOperationException(DevSlice.Absent);
        }

        if (Cache == "warm")
        {
            Console.WriteLine($"// Warming {BenchmarkStore.CachePath} (untimed; quick when an earlier run filled it)");
            NewStore();
            IndexDevSlice().GetAwaiter().GetResult();
            DropStore();
        }
    }

    [IterationSetup]
    public void NewStore()
    {
        path = BenchmarkStore.TempPath();
        cachePath = Cache == "cold" ? BenchmarkStore.TempPath() : BenchmarkStore.CachePath;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["NewsBot:Storage:Sqlite:Path"] = path,
                ["NewsBot:Embedding:CachePath"] = cachePath,
            })
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
        cpu = Environment.CpuUsage.TotalTime;
        clock.Restart();
        var report = await services!.GetRequiredService<IArticleIndexer>().IndexAsync([DevSlice.Folder!], null, CancellationToken.None);
        clock.Stop();
        cpu = Environment.CpuUsage.TotalTime - cpu;
        return report.Added;
    }

    [IterationCleanup]
    public void DropStore()
    {
        var provider = services!;
        var counts = provider.GetRequiredService<IChunkStore>().CountAsync(CancellationToken.None).GetAwaiter().GetResult();
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(
            $"// {Cache} cache: {counts.Articles} articles, {counts.Chunks} passages in {seconds:N1} s = {counts.Chunks / seconds:N1} passages/s; " +
            $"process CPU {cpu.TotalSeconds:N1} s ({cpu.TotalSeconds / seconds / Environment.ProcessorCount:P0} of {Environment.ProcessorCount} cores)");
        provider.Dispose();
        services = null;
        BenchmarkStore.Delete(path);
        if (Cache == "cold")
        {
            KeepOrDelete(cachePath);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => PeakMemory.Print($"indexing the 612-article dev slice ({Cache} cache)");

    /// <summary>A cold run's cache becomes the kept cache when there is none yet, so the warm case need not embed the slice again.</summary>
    private static void KeepOrDelete(string cold)
    {
        var kept = BenchmarkStore.CachePath;
        if (File.Exists(kept))
        {
            BenchmarkStore.Delete(cold);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            if (File.Exists(cold + suffix))
            {
                File.Move(cold + suffix, kept + suffix);
            }
        }
    }
}
