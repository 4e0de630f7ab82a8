using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;

namespace NewsBot.Benchmarks;

internal static class Program
{
    private static void Main(string[] args)
    {
        var config = ManualConfig.Create(DefaultConfig.Instance);
        if (DevSlice.Folder is null)
        {
            // Skipped with one sentence rather than failed with a stack trace.
            Console.WriteLine("// " + DevSlice.Absent);
            config.AddFilter(new SimpleFilter(b => b.Descriptor.Type != typeof(EvalCorpusBenchmarks)));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
