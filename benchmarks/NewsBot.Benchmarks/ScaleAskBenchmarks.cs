using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace NewsBot.Benchmarks;

/// <summary>
/// One-shot <c>newsbot ask</c> as a process over a kept synthetic store (hashing embedder): its wall time, the
/// largest peak RSS of those processes, their mean CPU time (which depends less than wall time on what else the
/// machine runs), and the store's files.
/// </summary>
[Config(typeof(Settings))]
public class ScaleAskBenchmarks
{
    private readonly Random random = new(23);
    private string store = string.Empty;
    private int asked;

    [ParamsSource(typeof(ScaleCorpus), nameof(ScaleCorpus.Sizes))]
    public int Passages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        ScaleFigures.Clear(typeof(ScaleAskBenchmarks), Passages);
        store = ScaleStores.EnsureAsync(Passages).GetAwaiter().GetResult();
        Console.WriteLine($"// Asking {NewsbotProcess.Executable}");
        // One untimed ask first: it brings the store's files into the page cache, as for any store in use.
        NewsbotProcess.Ask(store, SyntheticNews.Question(random));
        asked = 1;
        ScaleFigures.RecordFiles(typeof(ScaleAskBenchmarks), Passages, store);
    }

    [Benchmark]
    public void OneShotAsk()
    {
        NewsbotProcess.Ask(store, SyntheticNews.Question(random));
        asked++;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (ChildProcesses.Usage() is { } usage)
        {
            ScaleFigures.Record(typeof(ScaleAskBenchmarks), Passages, ScaleFigures.PeakRssMiB, usage.PeakRssMiB);
            ScaleFigures.Record(typeof(ScaleAskBenchmarks), Passages, ScaleFigures.CpuMsPerAsk, 1000 * usage.CpuSeconds / asked);
        }
    }

    private sealed class Settings : ManualConfig
    {
        public Settings()
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(7));
            AddColumn(StatisticColumn.Median, StatisticColumn.Max);
            AddColumn(new ScaleFigureColumn(ScaleFigures.PeakRssMiB), new ScaleFigureColumn(ScaleFigures.CpuMsPerAsk), new ScaleFigureColumn(ScaleFigures.StoreMiB));
        }
    }
}
