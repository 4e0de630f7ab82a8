using System.Diagnostics;

namespace NewsBot.Benchmarks;

/// <summary>Prints the benchmark process's peak working set, which BenchmarkDotNet does not report itself.</summary>
internal static class PeakMemory
{
    public static void Print(string what)
    {
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"// Peak working set after {what}: {process.PeakWorkingSet64 / (1024 * 1024)} MiB");
    }
}
