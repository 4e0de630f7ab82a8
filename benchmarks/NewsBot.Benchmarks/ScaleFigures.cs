using System.Text.Json;

namespace NewsBot.Benchmarks;

/// <summary>
/// Figures a scale benchmark measures besides time (peak memory, file sizes, passages), written by the benchmark's
/// process and read by <see cref="ScaleFigureColumn"/> in the process that prints the summary.
/// </summary>
internal static class ScaleFigures
{
    public const string PeakRssMiB = "Peak RSS MiB";
    public const string StoreMiB = "Store MiB";
    public const string Passages = "Passages stored";
    public const string CpuMsPerAsk = "CPU ms/ask";

    /// <summary>Forgets what an earlier run measured for this benchmark and size.</summary>
    public static void Clear(Type benchmark, int passages)
    {
        if (File.Exists(FileOf(benchmark.Name, passages)))
        {
            File.Delete(FileOf(benchmark.Name, passages));
        }
    }

    public static void Record(Type benchmark, int passages, string figure, double value)
    {
        var figures = Read(benchmark.Name, passages);
        figures[figure] = value;
        Directory.CreateDirectory(Path.GetDirectoryName(FileOf(benchmark.Name, passages))!);
        File.WriteAllText(FileOf(benchmark.Name, passages), JsonSerializer.Serialize(figures));
        Console.WriteLine($"// {benchmark.Name} at {passages} passages: {figure} = {value:0.#}");
    }

    /// <summary>Records the size of every file of the store, and their sum.</summary>
    public static void RecordFiles(Type benchmark, int passages, string storePath)
    {
        var files = ScaleStores.Files(storePath);
        foreach (var file in files)
        {
            Console.WriteLine($"// {file.Name}: {file.Length / (1024.0 * 1024):0.#} MiB");
        }

        Record(benchmark, passages, StoreMiB, files.Sum(f => f.Length) / (1024.0 * 1024));
    }

    public static double? Get(string benchmark, int passages, string figure) =>
        Read(benchmark, passages).TryGetValue(figure, out var value) ? value : null;

    private static Dictionary<string, double> Read(string benchmark, int passages)
    {
        var file = FileOf(benchmark, passages);
        return File.Exists(file)
            ? JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(file)) ?? []
            : [];
    }

    private static string FileOf(string benchmark, int passages) =>
        Path.Combine(ScaleStores.Root, "figures", $"{benchmark}-{passages}.json");
}
