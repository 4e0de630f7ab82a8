using System.Diagnostics;
using System.Globalization;

namespace NewsBot.Benchmarks;

/// <summary>
/// The built <c>newsbot</c> executable, run as a user runs it: <c>NEWSBOT_EXE</c>, else the one built beside the
/// benchmark (the benchmarks reference the project), else <c>src/NewsBot/bin/Release/net10.0/newsbot</c>.
/// </summary>
internal static class NewsbotProcess
{
    public static string Executable { get; } = Find();

    /// <summary>GNU time, which reports the peak RSS of the one process it runs (Debian package <c>time</c>).</summary>
    public static string? GnuTime { get; } = OperatingSystem.IsLinux() && File.Exists("/usr/bin/time") ? "/usr/bin/time" : null;

    /// <summary>
    /// Runs <c>newsbot ask "question"</c> over <paramref name="storePath"/> with the hashing embedder; its output is read
    /// and dropped. Returns the process's own peak RSS in MiB, measured by <see cref="GnuTime"/>, or null without it.
    /// </summary>
    /// <remarks>
    /// The peak is not taken from <c>getrusage</c> in this process: Linux carries the high-water RSS of the process that
    /// starts a child over into the child's <c>ru_maxrss</c> when the child executes its program, so every ask started
    /// by a benchmark process that had built or searched a large store in memory would report that process's peak.
    /// GNU time is small when it starts newsbot, so what it reports is newsbot's own.
    /// </remarks>
    /// <exception cref="InvalidOperationException">The process did not answer (exit code other than 0).</exception>
    public static double? Ask(string storePath, string question)
    {
        var report = GnuTime is null ? null : Path.GetTempFileName();
        var start = new ProcessStartInfo(GnuTime ?? Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(storePath)!,
        };
        if (report is not null)
        {
            foreach (var argument in new[] { "-f", "%M", "-o", report, Executable })
            {
                start.ArgumentList.Add(argument);
            }
        }

        start.ArgumentList.Add("ask");
        start.ArgumentList.Add(question);
        foreach (var (key, value) in ScaleStores.Settings(storePath))
        {
            start.Environment["NewsBot__" + key["NewsBot:".Length..].Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Executable}.");
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"newsbot ask exited with {process.ExitCode}: {error.GetAwaiter().GetResult()}");
            }

            return report is null ? null : long.Parse(File.ReadAllLines(report)[^1], CultureInfo.InvariantCulture) / 1024.0;
        }
        finally
        {
            if (report is not null)
            {
                File.Delete(report);
            }
        }
    }

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("NEWSBOT_EXE") is { Length: > 0 } given)
        {
            return Path.GetFullPath(given);
        }

        // BenchmarkDotNet builds every project into the benchmark's own folder: the newsbot beside it is of the same sources.
        var name = OperatingSystem.IsWindows() ? "newsbot.exe" : "newsbot";
        var beside = Path.Combine(AppContext.BaseDirectory, name);
        if (File.Exists(beside) && File.Exists(Path.Combine(AppContext.BaseDirectory, "newsbot.dll")))
        {
            return beside;
        }

        var built = Path.Combine(DevSlice.RepositoryRoot(), "src", "NewsBot", "bin", "Release", "net10.0", name);
        return File.Exists(built)
            ? built
            : throw new InvalidOperationException($"{built} is missing: run 'dotnet build -c Release src/NewsBot' first, or set NEWSBOT_EXE.");
    }
}
