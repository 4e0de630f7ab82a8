using System.Text.Json;
using NewsBot.Cli;

namespace NewsBot.Tests.Cli;

/// <summary>Runs <c>newsbot</c> verbs in-process against a temporary store, capturing what a user would see.</summary>
internal sealed class CliRun : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newsbot-cli-").FullName;

    public CliRun() => StorePath = Path.Combine(folder, "index.db");

    public string StorePath { get; }

    /// <summary>One embedding cache for every test run of this build, so re-runs on a developer's machine are warm.</summary>
    public static string SharedCachePath { get; } = Path.Combine(AppContext.BaseDirectory, "test-cache", "embeddings.db");

    public string Folder => folder;

    public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    public async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await NewsBotCli.RunAsync(
            args,
            overrides =>
            {
                var merged = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
                {
                    ["NewsBot:Storage:Sqlite:Path"] = StorePath,
                    ["NewsBot:Embedding:CachePath"] = SharedCachePath,
                };
                foreach (var (key, value) in Settings.Concat(overrides))
                {
                    merged[key] = value;
                }

                return Program.BuildHost(merged);
            },
            output,
            error,
            TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Copies the bundled samples into the run's folder and returns that copy's path.</summary>
    public string CopySamples()
    {
        var source = Path.Combine(NewsBot.Testing.SharedFolder.RepositoryRoot, "samples", "news");
        var target = Path.Combine(folder, "news");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }

    /// <summary>
    /// Indexes a copy of the samples and asks <paramref name="question"/> as of <paramref name="asOf"/>, as a user runs
    /// <c>newsbot ask --json</c>; the answer's JSON.
    /// </summary>
    public async Task<JsonDocument> AskSamplesAsync(string question, string asOf)
    {
        await RunAsync("index", CopySamples());
        var run = await RunAsync("ask", question, "--json", "--as-of", asOf);
        Assert.Equal(0, run.Exit);
        return JsonDocument.Parse(run.Output);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
