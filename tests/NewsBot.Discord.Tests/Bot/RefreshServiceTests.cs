using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Bot;

namespace NewsBot.Discord.Tests.Bot;

public sealed class RefreshServiceTests
{
    private static readonly TimeSpan Earliest = TimeSpan.FromMinutes(27);
    private static readonly TimeSpan Latest = TimeSpan.FromMinutes(33);
    private readonly TimerWatchingClock time = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly FakeIndexer indexer = new();
    private readonly ReindexGate gate = new();

    [Fact]
    public async Task ExecuteAsync_DefaultSettings_RefreshesAboutEveryThirtyMinutesOfTheClock()
    {
        using var service = Service(new DiscordOptions());

        await service.StartAsync(TestContext.Current.CancellationToken);
        var first = await time.NextTimerAsync();
        Assert.InRange(first, Earliest, Latest);
        Assert.Equal(0, indexer.Runs);
        time.Advance(first);
        var second = await time.NextTimerAsync();
        await service.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, indexer.Runs);
        Assert.Equal(["samples/news", "https://example.org/feed.xml"], Assert.Single(indexer.Locations));
        Assert.InRange(second, Earliest, Latest);
        Assert.Equal(time.GetUtcNow(), gate.LastFinished);
    }

    [Fact]
    public void NextDelay_ManyTurns_SpreadWithinTenPercentOfTheInterval()
    {
        using var service = Service(new DiscordOptions { RefreshInterval = TimeSpan.FromMinutes(60) });

        var delays = Enumerable.Range(0, 200).Select(_ => service.NextDelay()).ToList();

        Assert.All(delays, d => Assert.InRange(d, TimeSpan.FromMinutes(54), TimeSpan.FromMinutes(66)));
        Assert.True(delays.Distinct().Count() > 100, "the delays vary from turn to turn");
    }

    [Fact]
    public async Task ExecuteAsync_LowestAndHighestJitter_WaitNinetyAndHundredTenPercent()
    {
        using var low = Service(new DiscordOptions(), new FixedRandom(0.0));
        using var high = Service(new DiscordOptions(), new FixedRandom(1.0));

        await low.StartAsync(TestContext.Current.CancellationToken);
        var lowDelay = await time.NextTimerAsync();
        await high.StartAsync(TestContext.Current.CancellationToken);
        var highDelay = await time.NextTimerAsync();
        await low.StopAsync(TestContext.Current.CancellationToken);
        await high.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal((Earliest, Latest), (lowDelay, highDelay));
    }

    [Fact]
    public async Task StopAsync_WhileWaiting_EndsCleanlyWithoutRefreshing()
    {
        using var service = Service(new DiscordOptions());
        await service.StartAsync(TestContext.Current.CancellationToken);
        await time.NextTimerAsync();

        await service.StopAsync(TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromHours(2));

        Assert.True(service.ExecuteTask!.IsCompletedSuccessfully);
        Assert.Equal(0, indexer.Runs);
    }

    [Fact]
    public async Task StopAsync_DuringARefresh_CancelsItEndsCleanlyAndFreesTheGate()
    {
        indexer.Hold = true;
        using var service = Service(new DiscordOptions());
        await service.StartAsync(TestContext.Current.CancellationToken);
        time.Advance(await time.NextTimerAsync());
        await indexer.Started.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        await service.StopAsync(TestContext.Current.CancellationToken);

        Assert.True(service.ExecuteTask!.IsCompletedSuccessfully);
        Assert.True(indexer.Cancelled);
        Assert.Null(gate.Running);
        Assert.Null(gate.LastFinished);
    }

    [Fact]
    public async Task ExecuteAsync_TurnWhileAReindexRuns_SkippedAndTheNextTurnRefreshes()
    {
        using var service = Service(new DiscordOptions());
        var reindex = gate.TryStart()!;
        await service.StartAsync(TestContext.Current.CancellationToken);
        time.Advance(await time.NextTimerAsync());
        var next = await time.NextTimerAsync();
        Assert.Equal(0, indexer.Runs);

        reindex.Dispose();
        time.Advance(next);
        await time.NextTimerAsync();
        await service.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, indexer.Runs);
    }

    private RefreshService Service(DiscordOptions options, Random? random = null)
    {
        var sources = Options.Create(new NewsSourcesOptions { Sources = ["samples/news", " ", "https://example.org/feed.xml"] });
        var refresher = new SourceRefresher(indexer, gate, sources, time);
        return new RefreshService(refresher, Options.Create(options), time, NullLogger<RefreshService>.Instance, random);
    }

    private sealed class FixedRandom(double value) : Random
    {
        public override double NextDouble() => value;
    }
}
