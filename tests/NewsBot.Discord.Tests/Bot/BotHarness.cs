using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Answering;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage;
using NewsBot.Core.Summaries;
using NewsBot.Discord.Bot;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Rest;
using NewsBot.Core.Indexing;

namespace NewsBot.Discord.Tests.Bot;

/// <summary>The bot as <c>AddNewsBotDiscord</c> wires it, over a recording REST fake, a fake answer service and a fake clock.</summary>
internal sealed class BotHarness : IAsyncDisposable
{
    public const string BotId = "500";
    public const string AppId = "700";
    private readonly ServiceProvider provider;
    private readonly string folder = Directory.CreateTempSubdirectory("newsbot-bot-").FullName;

    public BotHarness(Dictionary<string, string?>? settings = null, int articleCount = 40, Action<IServiceCollection>? services = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["NewsBot:Discord:Token"] = "test-token",
            ["NewsBot:Sources:0"] = "samples/news",
            ["NewsBot:Storage:Sqlite:Path"] = Path.Combine(folder, "index.db"),
        };
        foreach (var (k, v) in settings ?? [])
        {
            values[k] = v;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var articles = Enumerable.Range(1, articleCount)
            .Select(i => new Article($"a-{i}", i % 2 == 0 ? $"Eastfield tram update {i}" : $"Harbour news {i}", "Body text " + i, "Valley Courier",
                new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero).AddDays(i % 28), $"https://example.org/{i}", "f", "samples/news"))
            .ToList();
        var collection = new ServiceCollection();
        services?.Invoke(collection);
        collection.AddSingleton<TimeProvider>(Time);
        collection.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        collection.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        collection.AddSingleton<IAnswerService>(Answers);
        collection.AddSingleton<IArticleSummarizer>(new FakeSummarizer());
        collection.AddSingleton<IChunkStore>(new FakeChunkStore(articles));
        collection.AddSingleton<ISourceReindexer>(Indexer);
        collection.AddNewsBotDiscord(configuration);

        // After the transport's own registration, so the recording fake is the one resolved, not the HTTP client.
        collection.AddSingleton<IDiscordRest>(Rest);
        provider = collection.BuildServiceProvider();
        Bot = provider.GetRequiredService<DiscordBot>();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));

    public RecordingRest Rest { get; } = new();

    public FakeAnswerService Answers { get; } = new();

    public FakeIndexer Indexer { get; } = new();

    public DiscordBot Bot { get; }

    public string FeedbackFile => Path.Combine(folder, "feedback.jsonl");

    public async Task DispatchAsync(string type, object data, bool wait = true)
    {
        await Bot.HandleAsync(new GatewayDispatch(type, JsonSerializer.SerializeToElement(data)), TestContext.Current.CancellationToken);
        if (wait)
        {
            await Bot.WhenIdleAsync();
        }
    }

    public Task ReadyAsync() => DispatchAsync("READY", new { user = new { id = BotId, username = "newsbot", bot = true }, application = new { id = AppId } });

    public static object Command(string name, object[] options, string? guildId = "42", string permissions = "0", string[]? roles = null, string user = "u1", int type = 2, string interactionId = "i1") => new
    {
        id = interactionId,
        application_id = AppId,
        type,
        token = "tok",
        guild_id = guildId,
        channel_id = "c1",
        member = guildId is null ? null : new { user = new { id = user }, roles = roles ?? [], permissions },
        user = guildId is null ? new { id = user } : null,
        data = new { name, options },
    };

    public static object Message(string content, string? guildId = "42", object[]? mentions = null, object? referenced = null, string id = "m1") => new
    {
        id,
        channel_id = "c1",
        guild_id = guildId,
        author = new { id = "u1", bot = false },
        content,
        mentions = mentions ?? [],
        referenced_message = referenced,
    };

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
