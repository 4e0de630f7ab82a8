using System.Text.Json.Nodes;
using NewsBot.Testing.Discord;

namespace NewsBot.Tests.Cli;

/// <summary>
/// <c>newsbot serve</c> as a real process against the Discord stand-in on 127.0.0.1, driven only through its settings:
/// what a server's members and its admin would see.
/// </summary>
public sealed class ServeTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly CliRun cli = new();

    [Fact(Timeout = 300_000)]
    public async Task Serve_AskInteraction_DeferredAtOnceThenEditedWithTheCitedAnswerAndNoPing()
    {
        await using var discord = await DiscordStandIn.StartAsync();
        var settings = Settings(discord, discord.Options.Token);
        Assert.Equal(0, (await NewsBotProcess.RunAsync(cli.Folder, settings, "index", cli.CopySamples())).Exit);
        using var serving = NewsBotProcess.Start(cli.Folder, settings, "serve");
        await discord.WaitUntilAsync(d => d.Commands(d.Events.GuildId) is { Count: > 0 }, Patience, "the slash commands registered to the guild");

        await discord.DispatchAsync("INTERACTION_CREATE", discord.Events.Ask("@everyone what did the council decide about the Eastfield tram?"));
        await discord.WaitUntilAsync(d => d.Requests.Any(r => r.Route == DiscordRoutes.OriginalMessage && r.Method == "PATCH"), Patience, "the deferred answer edited");

        var callback = Assert.Single(discord.Requests, r => r.Route == DiscordRoutes.InteractionCallback);
        Assert.Equal(5, callback.Json!["type"]!.GetValue<int>());
        var edit = discord.Requests.First(r => r.Route == DiscordRoutes.OriginalMessage && r.Method == "PATCH");
        Assert.True(edit.Time >= callback.Time);
        var body = edit.Json!.ToJsonString();
        Assert.Contains("[1]", body, StringComparison.Ordinal);
        Assert.Contains("Eastfield", body, StringComparison.Ordinal);
        Assert.Empty(edit.Json!["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Empty(discord.FailedInteractions);
        Assert.All(discord.Requests, r => Assert.True(r.HasDiscordUserAgent, r.Path));

        serving.Signal("TERM");
        var run = await serving.WaitAsync();
        Assert.Equal(0, run.Exit);
        Assert.Empty(NewsBotProcess.StackTraceLines(run.Error));
    }

    [Fact(Timeout = 300_000)]
    public async Task Serve_TokenRejected_StopsWithOneSentenceNamingTheTokenSetting()
    {
        await using var discord = await DiscordStandIn.StartAsync();
        using var serving = NewsBotProcess.Start(cli.Folder, Settings(discord, "not-the-bot-token"), "serve");

        var run = await serving.WaitAsync().WaitAsync(Patience, TestContext.Current.CancellationToken);

        Assert.Equal(2, run.Exit);
        Assert.Contains("NewsBot:Discord:Token", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-bot-token", run.Output + run.Error, StringComparison.Ordinal);
        Assert.Empty(NewsBotProcess.StackTraceLines(run.Error));
    }

    public void Dispose() => cli.Dispose();

    private Dictionary<string, string?> Settings(DiscordStandIn discord, string token) => new()
    {
        ["NewsBot__Storage__Sqlite__Path"] = cli.StorePath,
        ["NewsBot__Embedding__Provider"] = "Hashing",
        ["NewsBot__Discord__Token"] = token,
        ["NewsBot__Discord__ApiBaseUrl"] = discord.ApiBaseUrl.AbsoluteUri,
        ["NewsBot__Discord__GuildId"] = discord.Events.GuildId,
    };
}
