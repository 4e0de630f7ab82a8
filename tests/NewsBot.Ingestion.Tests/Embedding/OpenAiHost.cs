using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NewsBot.Core.Storage;
using NewsBot.Testing.Fakes;
using NewsBot.Testing.OpenAi;

namespace NewsBot.Ingestion.Tests.Embedding;

/// <summary>The ingestion services as the host registers them, pointed at an OpenAI stand-in, with every log line captured.</summary>
internal sealed class OpenAiHost : IDisposable
{
    public const string ApiKey = "sk-test-4c1f9e27d83a4b56a0e1";
    public const string Model = "text-embedding-3-small";
    public const int Dimensions = 256;

    private readonly ServiceProvider provider;

    public OpenAiHost(OpenAiStandIn standIn, IReadOnlyDictionary<string, string?>? overrides = null)
        : this(Settings(standIn, overrides))
    {
    }

    public OpenAiHost(IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        provider = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging())
            .AddSingleton<IChunkStore, InMemoryChunkStore>()
            .AddNewsIngestion(configuration)
            .BuildServiceProvider();
    }

    public IServiceProvider Services => provider;

    public IEmbeddingGenerator<string, Embedding<float>> Embedder => provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

    /// <summary>Every log line written so far, with its message, state, scopes and exception as text.</summary>
    public IReadOnlyList<string> LogLines => [.. provider.GetFakeLogCollector().GetSnapshot().Select(Describe)];

    public static Dictionary<string, string?> Settings(OpenAiStandIn standIn, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["NewsBot:Embedding:Provider"] = "OpenAI",
            ["NewsBot:Embedding:Endpoint"] = standIn.Endpoint.AbsoluteUri,
            ["NewsBot:Embedding:Model"] = Model,
            ["NewsBot:Embedding:ApiKey"] = ApiKey,
            ["NewsBot:Embedding:Dimensions"] = Dimensions.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NewsBot:Embedding:CachePath"] = "none",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    public void Dispose() => provider.Dispose();

    private static string Describe(FakeLogRecord record) => string.Join(
        " | ",
        [
            record.Category ?? "",
            record.Message,
            .. (record.StructuredState ?? []).Select(kv => kv.Key + "=" + kv.Value),
            .. record.Scopes.Select(scope => scope?.ToString() ?? ""),
            record.Exception?.ToString() ?? "",
        ]);
}
