using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using NewsBot.Core.Answering;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage;
using NewsBot.Core.Summaries;
using NewsBot.Testing.Fakes;
using NewsBot.Testing.OpenAi;

namespace NewsBot.Answers.SemanticKernel.Tests;

/// <summary>The services as the app composes them with a chat model configured, against the OpenAI stand-in on 127.0.0.1.</summary>
internal sealed class ChatRig : IAsyncDisposable
{
    public const string Key = "sk-test-0123456789abcdef";
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider services;

    private ChatRig(OpenAiStandIn standIn, TimeProvider time, IReadOnlyDictionary<string, string?> settings)
    {
        StandIn = standIn;
        var values = new Dictionary<string, string?>
        {
            ["NewsBot:Chat:Endpoint"] = standIn.Endpoint.AbsoluteUri,
            ["NewsBot:Chat:Model"] = "stand-in-model",
            ["NewsBot:Chat:ApiKey"] = Key,
            ["NewsBot:Chat:RetryDelayMilliseconds"] = "1",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var collection = new ServiceCollection();
        collection.AddFakeLogging();
        collection.AddSingleton(time);
        collection.AddSingleton<IChunkStore>(Store);
        collection.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(Embedder);
        collection.AddNewsBotCore(configuration).AddNewsBotChat(configuration);
        services = collection.BuildServiceProvider();
    }

    public OpenAiStandIn StandIn { get; }

    public InMemoryChunkStore Store { get; } = new();

    public WordEmbedder Embedder { get; } = new();

    public IAnswerService Answers => services.GetRequiredService<IAnswerService>();

    public IArticleSummarizer Summarizer => services.GetRequiredService<IArticleSummarizer>();

    public IQuestionCondenser Condenser => services.GetRequiredService<IQuestionCondenser>();

    public IServiceProvider Services => services;

    public FakeLogCollector Logs => services.GetFakeLogCollector();

    public static ChatRig Start(TimeProvider? time = null, IReadOnlyDictionary<string, string?>? settings = null) =>
        new(OpenAiStandIn.Start(Key), time ?? TimeProvider.System, settings ?? new Dictionary<string, string?>());

    public async Task AddAsync(string id, string title, string outlet, string body, CancellationToken cancellationToken)
    {
        var article = new Article(id, title, body, outlet, Now.AddDays(-2), $"https://news.example/{id}", id + ".txt", "test");
        var vector = (await Embedder.GenerateAsync([title + " " + body], cancellationToken: cancellationToken))[0].Vector;
        var chunk = new EmbeddedChunk(new Chunk(ArticleId.ChunkId(id, 0), id, 0, body, body, 20), vector);
        await Store.UpsertAsync(article, ArticleId.ContentHash(article), [chunk], cancellationToken);
    }

    /// <summary>Two outlets' reports of the tram vote, with different figures, and an unrelated story.</summary>
    public async Task AddTramStoriesAsync(CancellationToken cancellationToken)
    {
        await AddAsync("g", "Council approves Eastfield tram", "Harbour Gazette",
            "The council voted 7 to 4 to extend the tram to Eastfield. Council put the tram cost at 212 million crowns.", cancellationToken);
        await AddAsync("c", "Eastfield tram vote passes as costs climb", "Valley Courier",
            "The tram extension to Eastfield passed the council vote. An estimate puts the full tram cost at 240 million crowns.", cancellationToken);
        await AddAsync("x", "Library reopens", "Harbour Gazette", "The library reopened with a solar roof.", cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await StandIn.DisposeAsync();
    }
}
