using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace NewsBot.Benchmarks;

/// <summary>
/// A few long invocations (one embedding call over <see cref="EmbeddingBenchmarks.Passages"/> passages each), with
/// passages per second beside the mean.
/// </summary>
internal sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5));
        AddColumn(new PassagesPerSecondColumn(EmbeddingBenchmarks.Passages));
    }
}
