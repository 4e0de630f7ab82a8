using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace NewsBot.Benchmarks;

/// <summary>
/// One-shot <c>newsbot ask</c> as a process over a kept synthetic store (hashing embedder): its wall time, the
/// largest peak RSS of those processes (each measured by GNU time, see <see cref="NewsbotProcess.Ask"/>), their mean CPU
/// time (which depends less than wall time on what else the machine runs), and the store's files.
/// </summary>
[Config(typeof(Settings))]
public class ScaleAskBenchmarks
{
    private readonly Random random = new(23);
    private string store = string.Empty;
    private int asked;
    private double? peakRssMiB;

    [ParamsSource(typeof(ScaleCorpus), nameof(ScaleCorpus.Sizes))]
    public int Passages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        ScaleFigures.Clear(typeof(ScaleAskBenchmarks), Passages);
        store = ScaleStores.EnsureAsync(Passages).GetAwaiter().GetResult();
        Console.WriteLine($"// Asking {NewsbotProcess.Executable}" + (NewsbotProcess.GnuTime is null ? "; no GNU time at /usr/bin/time, so no peak RSS" : string.Empty));
        PeakMemory.Print($"preparing the store of {Passages} passages (this process, not an ask)");
        // One untimed ask first: it brings the store's files into the page cache, as for any store in use.
        peakRssMiB = NewsbotProcess.Ask(store, SyntheticNews.Question(random));
        asked = 1;
        ScaleFigures.RecordFiles(typeof(ScaleAskBenchmarks), Passages, store);
    }

    [Benchmark]
    public void OneShotAsk()
    {
        if (NewsbotProcess.Ask(store, SyntheticNews.Question(random)) is { } peak)
        {
            peakRssMiB = Math.Max(peak, peakRssMiB ?? 0);
        }

        asked++;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (peakRssMiB is { } peak)
        {
            ScaleFigures.Record(typeof(ScaleAskBenchmarks), Passages, ScaleFigures.PeakRssMiB, peak);
        }

        // GNU time waits for the ask it runs, so the asks' CPU time reaches this process's children's usage.
        if (ChildProcesses.Usage() is { } usage)
        {
            ScaleFigures.Record(typeof(ScaleAskBenchmarks), Passages, ScaleFigures.CpuMsPerAsk, 1000 * usage.CpuSeconds / asked);
            Console.WriteLine($"// getrusage(RUSAGE_CHILDREN) peak RSS {usage.PeakRssMiB:F0} MiB: not the asks' own (see NewsbotProcess.Ask)");
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
