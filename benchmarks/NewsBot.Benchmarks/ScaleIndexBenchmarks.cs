using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using NewsBot.Core.Articles;

namespace NewsBot.Benchmarks;

/// <summary>
/// Indexing synthetic articles into a new store with the hashing embedder, through the host's services: passages
/// stored per second, and the size of the store's files. A build is kept for the other scale benchmarks when none is.
/// </summary>
[Config(typeof(Settings))]
public class ScaleIndexBenchmarks
{
    private IReadOnlyList<Article> articles = [];
    private string? built;

    [ParamsSource(typeof(ScaleCorpus), nameof(ScaleCorpus.Sizes))]
    public int Passages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        ScaleFigures.Clear(typeof(ScaleIndexBenchmarks), Passages);
        articles = ScaleCorpus.Articles(Passages);
        Console.WriteLine($"// {articles.Count} synthetic articles");
    }

    [Benchmark]
    public int BuildIndex()
    {
        built = ScaleStores.BuildAsync(articles).GetAwaiter().GetResult();
        return articles.Count;
    }

    [IterationCleanup]
    public void KeepOrDrop()
    {
        if (built is null)
        {
            return;
        }

        var path = Path.Combine(built, ScaleStores.FileName);
        ScaleFigures.Record(typeof(ScaleIndexBenchmarks), Passages, ScaleFigures.Passages, ScaleStores.CountPassagesAsync(path).GetAwaiter().GetResult());
        ScaleFigures.RecordFiles(typeof(ScaleIndexBenchmarks), Passages, path);
        ScaleStores.Keep(built, Passages);
        built = null;
    }

    [GlobalCleanup]
    public void Cleanup() => PeakMemory.Print($"building {Passages} passages");

    private sealed class Settings : ManualConfig
    {
        public Settings()
        {
            // Two builds of each size; at 500k each takes minutes.
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(0).WithIterationCount(2));
            AddColumn(new ScaleFigureColumn(ScaleFigures.Passages, "Passages/s"), new ScaleFigureColumn(ScaleFigures.StoreMiB));
        }
    }
}
