using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace NewsBot.Benchmarks;

/// <summary>One query per iteration, so the median and 95th percentile are those of single queries.</summary>
internal sealed class LatencyConfig : ManualConfig
{
    public LatencyConfig()
    {
        AddJob(Job.Default.WithStrategy(RunStrategy.Throughput).WithInvocationCount(1).WithUnrollFactor(1).WithWarmupCount(20).WithIterationCount(200));
        AddColumn(StatisticColumn.P50, StatisticColumn.P95);
    }
}
