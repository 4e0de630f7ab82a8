using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Ingestion.Indexing;
using NewsBot.Testing.Discord;

namespace NewsBot.Benchmarks;

/// <summary>
/// The whole bot as <c>newsbot serve</c> composes it (Core, ingestion, the SQLite store, the Discord bot with its real
/// REST client and gateway), with the given embedder (Hashing or the default MiniLM), over <c>samples/news</c> indexed once into a temporary store,
/// connected over loopback to a <see cref="DiscordStandIn"/>.
/// </summary>
internal sealed class BotOnStandIn : IAsyncDisposable
{
    private readonly string folder;

    private BotOnStandIn(DiscordStandIn discord, IHost host, string folder)
    {
        Discord = discord;
        Host = host;
        this.folder = folder;
    }

    public DiscordStandIn Discord { get; }

    public IHost Host { get; }

    public static async Task<BotOnStandIn> StartAsync(string embedder)
    {
        // Discord's usual heartbeat interval, so beats do not crowd the measured traffic.
        var discord = await DiscordStandIn.StartAsync(new DiscordStandInOptions { HeartbeatInterval = TimeSpan.FromMilliseconds(41_250) });
        var folder = Directory.CreateTempSubdirectory("newsbot-bench-discord-").FullName;
        var root = DevSlice.RepositoryRoot();
        var samples = Path.Combine(root, "samples", "news");
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddJsonFile(Path.Combine(root, "src", "NewsBot", "appsettings.json"), optional: false);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["NewsBot:Discord:Token"] = discord.Options.Token,
            ["NewsBot:Discord:ApiBaseUrl"] = discord.ApiBaseUrl.AbsoluteUri,
            ["NewsBot:Discord:GuildId"] = discord.Events.GuildId,
            ["NewsBot:Discord:QuestionsPerMinute"] = "1000",
            ["NewsBot:Storage:Sqlite:Path"] = Path.Combine(folder, "index.db"),
            ["NewsBot:Embedding:Provider"] = embedder,
            ["NewsBot:Embedding:CachePath"] = "none",
            ["NewsBot:Sources:0"] = samples,
        });
        builder.Services
            .AddNewsBotCore(builder.Configuration)
            .AddNewsIngestion(builder.Configuration)
            .AddNewsBotSqliteStore(builder.Configuration)
            .AddNewsBotDiscord(builder.Configuration);
        var host = builder.Build();
        var report = await host.Services.GetRequiredService<IArticleIndexer>().IndexAsync([samples], null, CancellationToken.None);
        if (report.Added == 0)
        {
            throw new InvalidOperationException($"No sample articles were indexed from {samples}.");
        }

        await host.StartAsync();
        await discord.WaitUntilAsync(
            d => d.HasLiveSession && d.Commands(d.Events.GuildId) is { Count: > 0 },
            TimeSpan.FromSeconds(30),
            "the bot's session and its commands");
        return new BotOnStandIn(discord, host, folder);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        await Discord.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
