using System.Diagnostics;

namespace NewsBot.Benchmarks;

/// <summary>
/// The built <c>newsbot</c> executable, run as a user runs it: <c>NEWSBOT_EXE</c>, else the one built beside the
/// benchmark (the benchmarks reference the project), else <c>src/NewsBot/bin/Release/net10.0/newsbot</c>.
/// </summary>
internal static class NewsbotProcess
{
    public static string Executable { get; } = Find();

    /// <summary>Runs <c>newsbot ask "question"</c> over <paramref name="storePath"/> with the hashing embedder; its output is read and dropped.</summary>
    /// <exception cref="InvalidOperationException">The process did not answer (exit code other than 0).</exception>
    public static void Ask(string storePath, string question)
    {
        var start = new ProcessStartInfo(Executable)
        {
            ArgumentList = { "ask", question },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(storePath)!,
        };
        foreach (var (key, value) in ScaleStores.Settings(storePath))
        {
            start.Environment["NewsBot__" + key["NewsBot:".Length..].Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Executable}.");
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"newsbot ask exited with {process.ExitCode}: {error.GetAwaiter().GetResult()}");
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
