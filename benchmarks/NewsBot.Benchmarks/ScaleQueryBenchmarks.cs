using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Answering;

namespace NewsBot.Benchmarks;

/// <summary>
/// One question answered in process over a kept synthetic store, through the answer service the host composes (the
/// path <c>newsbot ask</c> and the Discord bot take), on a warm store: median and 95th percentile of single questions.
/// </summary>
[Config(typeof(Settings))]
public class ScaleQueryBenchmarks
{
    private readonly Random random = new(11);
    private ServiceProvider? services;
    private IAnswerService? answers;

    [ParamsSource(typeof(ScaleCorpus), nameof(ScaleCorpus.Sizes))]
    public int Passages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        ScaleFigures.Clear(typeof(ScaleQueryBenchmarks), Passages);
        var store = ScaleStores.EnsureAsync(Passages).GetAwaiter().GetResult();
        services = ScaleStores.Services(store);
        answers = services.GetRequiredService<IAnswerService>();
        Answer().GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<int> Answer()
    {
        GroundedAnswer? answer = null;
        await foreach (var update in answers!.StreamAsync(new AnswerRequest(SyntheticNews.Question(random)), CancellationToken.None))
        {
            answer = update.Final ?? answer;
        }

        return answer!.Citations.Count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        ScaleFigures.Record(typeof(ScaleQueryBenchmarks), Passages, ScaleFigures.PeakRssMiB, process.PeakWorkingSet64 / (1024.0 * 1024));
        services?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private sealed class Settings : ManualConfig
    {
        public Settings()
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Throughput).WithInvocationCount(1).WithUnrollFactor(1).WithWarmupCount(20).WithIterationCount(200));
            AddColumn(StatisticColumn.P50, StatisticColumn.P95);
            AddColumn(new ScaleFigureColumn(ScaleFigures.PeakRssMiB));
        }
    }
}
