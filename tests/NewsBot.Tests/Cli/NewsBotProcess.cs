using System.Diagnostics;

namespace NewsBot.Tests.Cli;

/// <summary>Runs the built <c>newsbot</c> as a real process, so what it prints (log lines included) is what a terminal shows.</summary>
internal static class NewsBotProcess
{
    /// <summary>
    /// The CLI in its own project's build folder. The tests' folder holds a copy, but without the assemblies the ASP.NET
    /// Core framework (which the Discord stand-in runs on) also carries, such as System.Threading.RateLimiting; the CLI
    /// does not run on that framework, so the copy there cannot start.
    /// </summary>
    private static readonly string Executable = ExecutablePath();

    /// <summary>Runs <c>newsbot</c> with <paramref name="args"/> in <paramref name="workingDirectory"/>, with extra environment variables.</summary>
    public static async Task<(int Exit, string Output, string Error)> RunAsync(
        string workingDirectory,
        IReadOnlyDictionary<string, string?> environment,
        params string[] args)
    {
        using var running = Start(workingDirectory, environment, args);
        return await running.WaitAsync();
    }

    /// <summary>Starts <c>newsbot</c> and returns at once, for tests that signal or kill it while it runs.</summary>
    public static RunningNewsBot Start(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Executable);

        // The embedding cache the in-process runs share, not the user's own.
        start.Environment["NewsBot__Embedding__CachePath"] = CliRun.SharedCachePath;
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        return new RunningNewsBot(Process.Start(start)!);
    }

    /// <summary>The lines of <paramref name="text"/> that belong to a .NET stack trace ("   at Namespace.Type.Method(…)").</summary>
    public static IReadOnlyList<string> StackTraceLines(string text) =>
        text.Split('\n').Where(line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal) && line.StartsWith("   ", StringComparison.Ordinal)).ToList();

    private static string ExecutablePath()
    {
        var framework = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var configuration = framework.Parent!.Name;
        return Path.Combine(NewsBot.Testing.SharedFolder.RepositoryRoot, "src", "NewsBot", "bin", configuration, framework.Name, "newsbot.dll");
    }
}
