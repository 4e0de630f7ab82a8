using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Cli;

namespace NewsBot.Tests.Cli;

/// <summary>What a one-shot <c>ask</c> does before answering: fill an empty index, and nothing else.</summary>
public sealed class AskStartupTests : IDisposable
{
    private readonly CliRun cli = new();

    [Fact]
    public async Task Ask_EmptyIndex_IndexesTheSourcesFirstAndAnswersFromThem()
    {
        cli.Settings["NewsBot:Embedding:Provider"] = "Hashing";
        cli.Settings["NewsBot:Sources:0"] = cli.CopySamples();

        var run = await cli.RunAsync("ask", "What did the council decide about the Eastfield tram?");

        Assert.Equal(0, run.Exit);
        Assert.Contains("The index is empty; indexing", run.Error, StringComparison.Ordinal);
        Assert.Contains("Eastfield", run.Output, StringComparison.Ordinal);
        Assert.Contains("[1]", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_FilledIndex_LeavesTheSourcesUnread()
    {
        cli.Settings["NewsBot:Embedding:Provider"] = "Hashing";
        var samples = cli.CopySamples();
        cli.Settings["NewsBot:Sources:0"] = samples;
        Assert.Equal(0, (await cli.RunAsync("index")).Exit);
        await File.WriteAllTextAsync(
            Path.Combine(samples, "zz-new.txt"),
            " date 2026-11-30 Quarrington opens a zeppelin port\nsource: Harbour Gazette\n\nThe town of Quarrington opened a zeppelin port on Monday, the mayor said. " +
            "The port, built on the old airfield north of the town, will take two airships a day from the spring, " +
            "and the council expects the first passengers before the summer festival. Local traders welcomed the plan.",
            TestContext.Current.CancellationToken);

        var run = await cli.RunAsync("ask", "Which town opened a zeppelin port?");

        Assert.Equal(0, run.Exit);
        Assert.DoesNotContain("indexing", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Quarrington", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildHost_AskWithADiscordTokenSet_RunsNoBackgroundService()
    {
        cli.Settings["NewsBot:Discord:Token"] = "a-token-that-ask-must-not-use";

        using var ask = Program.BuildHost(new Dictionary<string, string?>(cli.Settings) { ["NewsBot:Storage:Sqlite:Path"] = cli.StorePath });
        using var serve = Program.BuildHost(new Dictionary<string, string?>(cli.Settings)
        {
            ["NewsBot:Storage:Sqlite:Path"] = cli.StorePath,
            [ServeCommand.DiscordSetting] = "true",
        });

        // No gateway connection and no refresh timer for a one-shot question; serve has both.
        Assert.Empty(ask.Services.GetServices<IHostedService>());
        Assert.Equal(2, serve.Services.GetServices<IHostedService>().Count());
    }

    [Fact]
    public void BuildHost_AskAndServe_OnlyServeWatchesAppSettingsForChanges()
    {
        using var ask = Program.BuildHost(new Dictionary<string, string?>(cli.Settings) { ["NewsBot:Storage:Sqlite:Path"] = cli.StorePath });
        using var serve = Program.BuildHost(new Dictionary<string, string?>(cli.Settings)
        {
            ["NewsBot:Storage:Sqlite:Path"] = cli.StorePath,
            [ServeCommand.DiscordSetting] = "true",
        });

        // The bot picks up an edited appsettings.json while it runs; a one-shot question reads it once and sets up no watcher.
        Assert.NotEmpty(FileSources(ask));
        Assert.All(FileSources(ask), source => Assert.False(source.ReloadOnChange));
        Assert.Contains(FileSources(serve), source => source.ReloadOnChange);
    }

    public void Dispose() => cli.Dispose();

    private static List<FileConfigurationSource> FileSources(IHost host) =>
        [.. ((IConfigurationRoot)host.Services.GetRequiredService<IConfiguration>()).Providers.OfType<FileConfigurationProvider>().Select(p => p.Source)];
}
