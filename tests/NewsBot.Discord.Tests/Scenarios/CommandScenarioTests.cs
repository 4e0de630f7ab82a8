using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Indexing;
using NewsBot.Testing.Discord;

namespace NewsBot.Discord.Tests.Scenarios;

/// <summary>
/// Issue 9's other slash commands over the real transport against the stand-in: <c>/summarize</c>, <c>/sources</c>,
/// <c>/reindex</c> with its progress, and <c>/help</c>; judged by what the user sees in Discord.
/// </summary>
public sealed class CommandScenarioTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact(Timeout = 15_000)]
    public async Task Summarize_IndexedTitle_DeferredThenTheSummaryWithALinkToTheArticle()
    {
        await using var bot = await ScenarioHost.StartAsync();
        await bot.ReadyAsync();
        var summarize = bot.Discord.Events.Ask("Eastfield tram update 2", command: "summarize", optionName: "article");

        await bot.Discord.DispatchAsync("INTERACTION_CREATE", summarize);
        await bot.EditedAsync(summarize, _ => true, "the summary");

        Assert.Equal(5, Assert.Single(bot.Callbacks(summarize)).Json!["type"]!.GetValue<int>());
        var edit = Assert.Single(bot.Edits(summarize)).Json!;
        var embed = edit["embeds"]![0]!;
        Assert.Equal("Eastfield tram update 2", embed["title"]!.GetValue<string>());
        Assert.Equal("https://example.org/2", embed["url"]!.GetValue<string>());
        Assert.Contains("Body text 2", embed["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Valley Courier", embed["footer"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(edit["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Equal(["Eastfield tram update 2"], bot.Summaries.References);
        Assert.Empty(bot.Discord.FailedInteractions);
    }

    [Fact(Timeout = 15_000)]
    public async Task Summarize_UnknownTitle_EditedWithHowToPickOne()
    {
        await using var bot = await ScenarioHost.StartAsync();
        await bot.ReadyAsync();
        var summarize = bot.Discord.Events.Ask("Moon landing", command: "summarize", optionName: "article");

        await bot.Discord.DispatchAsync("INTERACTION_CREATE", summarize);
        await bot.EditedAsync(summarize, _ => true, "the not-found reply");

        Assert.Contains("No indexed article matches", Assert.Single(bot.Edits(summarize)).Content(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 20_000)]
    public async Task Sources_BeforeAndAfterAReindex_ListsEachSourceWithItsArticleCountAndTheLastRefresh()
    {
        var time = new FakeTimeProvider(Start);
        await using var bot = await ScenarioHost.StartAsync(new() { ["NewsBot:Sources:1"] = "https://example.org/feed.xml" }, time);
        await bot.ReadyAsync();
        var discord = bot.Discord;

        var before = discord.Events.Command("sources");
        await discord.DispatchAsync("INTERACTION_CREATE", before);
        await bot.EditedAsync(before, _ => true, "the first /sources");
        time.Advance(TimeSpan.FromMinutes(5));
        var reindex = discord.Events.Command("reindex", ScenarioSteps.ManageServer);
        await discord.DispatchAsync("INTERACTION_CREATE", reindex);
        await bot.EditedAsync(reindex, e => e.Content().StartsWith("Re-indexing finished", StringComparison.Ordinal), "the re-index report");
        var after = discord.Events.Command("sources");
        await discord.DispatchAsync("INTERACTION_CREATE", after);
        await bot.EditedAsync(after, _ => true, "the second /sources");

        Assert.Equal(5, Assert.Single(bot.Callbacks(before)).Json!["type"]!.GetValue<int>());
        var first = Assert.Single(bot.Edits(before)).Json!["embeds"]![0]!;
        var lines = first["description"]!.GetValue<string>().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains("samples/news", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("40 articles", lines[0], StringComparison.Ordinal);
        Assert.Contains("example.org/feed", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("0 articles", lines[1], StringComparison.Ordinal);
        Assert.Equal("Not refreshed since the bot started", first["footer"]!["text"]!.GetValue<string>());
        var second = Assert.Single(bot.Edits(after)).Json!["embeds"]![0]!;
        Assert.Equal("Last refreshed 2026-12-01 12:05 UTC", second["footer"]!["text"]!.GetValue<string>());
        Assert.Empty(discord.FailedInteractions);
    }

    [Fact(Timeout = 20_000)]
    public async Task Reindex_Admin_DeferredThenProgressWithFailuresNoOftenerThanEveryTwoSecondsThenTheReport()
    {
        var time = new FakeTimeProvider(Start);
        await using var bot = await ScenarioHost.StartAsync(time: time);
        await bot.ReadyAsync();
        var discord = bot.Discord;
        bot.Indexer.Hold = true;
        bot.Indexer.Result = new ReindexReport(2, 1, 0, 0, [new ReindexFailure("samples/news/bad.txt", "it has no date line")], false);
        var reindex = discord.Events.Command("reindex", ScenarioSteps.ManageServer);

        await discord.DispatchAsync("INTERACTION_CREATE", reindex);
        await bot.Indexer.Started.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        await bot.EditedAsync(reindex, e => e.Content() == "Re-indexing…", "the first edit");
        bot.Indexer.Report(new ReindexProgress(2, 4, 0));
        time.Advance(TimeSpan.FromSeconds(2));
        bot.Indexer.Report(new ReindexProgress(3, 4, 1));
        await bot.EditedAsync(reindex, e => e.Content().Contains("3 of 4", StringComparison.Ordinal), "the progress edit");
        time.Advance(TimeSpan.FromSeconds(1.5));
        bot.Indexer.Report(new ReindexProgress(4, 4, 1));

        var second = discord.Events.Command("reindex", ScenarioSteps.ManageServer);
        await discord.DispatchAsync("INTERACTION_CREATE", second);
        await bot.CalledBackAsync(second);
        bot.Indexer.Release.SetResult();
        await bot.EditedAsync(reindex, e => e.Content().StartsWith("Re-indexing finished", StringComparison.Ordinal), "the report");

        Assert.Equal(5, Assert.Single(bot.Callbacks(reindex)).Json!["type"]!.GetValue<int>());
        Assert.Equal(
            [
                "Re-indexing…",
                "Re-indexing… 3 of 4 items done, 1 failure.",
                "Re-indexing finished.\n2 added, 1 updated, 0 unchanged, 0 removed, 1 failure.\n• samples/news/bad.txt: it has no date line",
            ],
            bot.Edits(reindex).Select(e => e.Content()));
        var busy = Assert.Single(bot.Callbacks(second)).Json!;
        Assert.Equal(4, busy["type"]!.GetValue<int>());
        Assert.Equal(64, busy["data"]!["flags"]!.GetValue<int>() & 64);
        Assert.Contains("already running: 4 of 4 items done, 1 failure", busy["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, bot.Indexer.Runs);
        Assert.Equal(["samples/news"], Assert.Single(bot.Indexer.Locations));
        Assert.Empty(discord.FailedInteractions);
    }

    [Fact(Timeout = 15_000)]
    public async Task Help_Command_EphemeralListOfEveryCommand()
    {
        await using var bot = await ScenarioHost.StartAsync();
        await bot.ReadyAsync();
        var help = bot.Discord.Events.Command("help");

        await bot.Discord.DispatchAsync("INTERACTION_CREATE", help);
        await bot.CalledBackAsync(help);

        var callback = Assert.Single(bot.Callbacks(help)).Json!;
        Assert.Equal(4, callback["type"]!.GetValue<int>());
        Assert.Equal(64, callback["data"]!["flags"]!.GetValue<int>() & 64);
        var text = callback["data"]!["embeds"]![0]!["description"]!.GetValue<string>();
        Assert.All(["/ask", "/summarize", "/sources", "/reindex"], command => Assert.Contains(command, text, StringComparison.Ordinal));
        Assert.Empty(bot.Edits(help));
    }
}
