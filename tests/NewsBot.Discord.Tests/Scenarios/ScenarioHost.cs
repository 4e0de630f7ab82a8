using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Core.Answering;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage;
using NewsBot.Core.Summaries;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Tests.Bot;
using NewsBot.Core.Indexing;
using NewsBot.Testing.Discord;

namespace NewsBot.Discord.Tests.Scenarios;

/// <summary>
/// The bot in a real generic host, as <c>newsbot serve</c> builds it (<c>AddNewsBotDiscord</c> with the real REST client
/// and gateway), pointed by its settings at a <see cref="DiscordStandIn"/> on 127.0.0.1; only the Core services behind
/// the bot (answers, summaries, the store, the indexer) are fakes. Disposing stops the host, then the stand-in.
/// </summary>
internal sealed class ScenarioHost : IAsyncDisposable
{
    /// <summary>The heartbeat interval the stand-in announces in Hello.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(300);

    private readonly string folder;

    private ScenarioHost(DiscordStandIn discord, IHost host, string folder)
    {
        Discord = discord;
        Host = host;
        this.folder = folder;
    }

    public DiscordStandIn Discord { get; }

    public IHost Host { get; }

    public required FakeAnswerService Answers { get; init; }

    public required FakeIndexer Indexer { get; init; }

    public required FakeSummarizer Summaries { get; init; }

    /// <summary>Where the bot keeps 👍/👎 feedback: <c>feedback.jsonl</c> beside the configured index.</summary>
    public string FeedbackFile => Path.Combine(folder, "feedback.jsonl");

    /// <summary>How serving ended, as <c>newsbot serve</c> would read it for its exit code.</summary>
    public ServeOutcome Outcome => Host.Services.GetRequiredService<ServeOutcome>();

    /// <summary>Starts the stand-in and the host, and waits until the bot has identified and registered its commands.</summary>
    /// <param name="settings">Settings over the defaults.</param>
    /// <param name="time">The bot's clock (the stand-in keeps the real one), for scenarios that move time themselves.</param>
    public static async Task<ScenarioHost> StartAsync(Dictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var discord = await DiscordStandIn.StartAsync(new DiscordStandInOptions { HeartbeatInterval = Interval });
        var folder = Directory.CreateTempSubdirectory("newsbot-scenario-").FullName;
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["NewsBot:Discord:Token"] = discord.Options.Token,
            ["NewsBot:Discord:ApiBaseUrl"] = discord.ApiBaseUrl.AbsoluteUri,
            ["NewsBot:Discord:GuildId"] = discord.Events.GuildId,
            ["NewsBot:Storage:Sqlite:Path"] = Path.Combine(folder, "index.db"),
            ["NewsBot:Sources:0"] = "samples/news",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        var answers = new FakeAnswerService();
        var indexer = new FakeIndexer();
        var articles = Enumerable.Range(1, 40)
            .Select(i => new Article($"a-{i}", i % 2 == 0 ? $"Eastfield tram update {i}" : $"Harbour news {i}", "Body text " + i, "Valley Courier",
                new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero).AddDays(i % 28), $"https://example.org/{i}", "f", "samples/news"))
            .ToList();
        builder.Services.AddSingleton<IAnswerService>(answers);
        var summaries = new FakeSummarizer(articles);
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddSingleton<IArticleSummarizer>(summaries);
        builder.Services.AddSingleton<IChunkStore>(new FakeChunkStore(articles));
        builder.Services.AddSingleton<ISourceReindexer>(indexer);
        builder.Services.AddNewsBotDiscord(builder.Configuration);
        var host = builder.Build();
        var scenario = new ScenarioHost(discord, host, folder) { Answers = answers, Indexer = indexer, Summaries = summaries };
        await host.StartAsync(TestContext.Current.CancellationToken);
        return scenario;
    }

    /// <summary>
    /// Waits until the bot has a live session and has registered its slash commands to the guild (up to 10 s: a host
    /// start on a loaded machine, with other builds running, has taken more than 5).
    /// </summary>
    public Task ReadyAsync() => Discord.WaitUntilAsync(
        d => d.HasLiveSession && d.Commands(d.Events.GuildId) is { Count: > 0 },
        TimeSpan.FromSeconds(10),
        "a live session and the guild's commands registered");

    /// <summary>The REST requests of one method and route, in order.</summary>
    public IReadOnlyList<RecordedRequest> Sent(string method, string route) =>
        [.. Discord.Requests.Where(r => r.Method == method && r.Route == route)];

    public async ValueTask DisposeAsync()
    {
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await Host.StopAsync(timeout.Token);
        }

        Host.Dispose();
        await Discord.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
