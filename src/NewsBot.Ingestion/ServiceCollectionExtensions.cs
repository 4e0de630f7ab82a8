using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Indexing;
using NewsBot.Core.Storage;
using NewsBot.Core.Text;
using NewsBot.Ingestion.Chunking;
using NewsBot.Ingestion.Embedding;
using NewsBot.Ingestion.Indexing;
using NewsBot.Ingestion.Reading;
using OpenAI;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers reading, cleaning, chunking, embedding and incremental indexing.</summary>
public static class IngestionServiceCollectionExtensions
{
    private const string EmbeddingClientName = "NewsBot.Embeddings";

    /// <summary>Adds the ingestion pipeline with validated options from <c>NewsBot:Ingestion</c>, <c>NewsBot:Chunking</c> and <c>NewsBot:Embedding</c>.</summary>
    public static IServiceCollection AddNewsIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<ChunkingOptions>()
            .Bind(configuration.GetSection(ChunkingOptions.Section))
            .ValidateDataAnnotations();
        services.AddSingleton<IValidateOptions<ChunkingOptions>, ChunkingOptionsValidator>();
        services.AddOptionsWithValidateOnStart<EmbeddingOptions>()
            .Bind(configuration.GetSection(EmbeddingOptions.Section))
            .ValidateDataAnnotations();
        services.AddSingleton<IValidateOptions<EmbeddingOptions>>(new EmbeddingOptionsValidator(configuration.GetSection(EmbeddingOptions.Section)));

        services.TryAddSingleton<ITokenCounter, TiktokenCounter>();
        services.AddSingleton<SentenceChunker>();
        // The default HTTP client loggers put raw header values (the API key among them) in their structured state at
        // Trace level; only the rendered text is redacted. Retries and failures are still logged by the resilience handler
        // (category "Polly"; the CLI's appsettings.json turns it off, since each failure reaches the index report as one line).
        services.AddHttpClient(EmbeddingClientName).RemoveAllLoggers().AddStandardResilienceHandler();
        services.AddSingleton<EmbeddingCacheHolder>();
        services.AddSingleton(CreateEmbedder);
        services.AddSingleton(sp => Signature(sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value));
        services.TryAddSingleton<IKnownWords, MiniLmVocabulary>();
        services.AddArticleReading(configuration);
        services.AddSingleton<IArticleIndexer, ArticleIndexer>();
        services.AddSingleton<ISourceReindexer, SourceReindexer>();
        return services;
    }

    private static EmbedderSignature Signature(EmbeddingOptions options) => options.Provider switch
    {
        EmbeddingProvider.OpenAI => new EmbedderSignature($"openai:{options.Model}", options.Dimensions),
        EmbeddingProvider.MiniLM => new EmbedderSignature(MiniLmEmbeddingGenerator.Name, options.Dimensions),
        _ => new EmbedderSignature(HashingEmbeddingGenerator.Name, options.Dimensions),
    };

    private static IEmbeddingGenerator<string, Embedding<float>> CreateEmbedder(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<EmbeddingOptions>>().Value;
        if (options.Provider == EmbeddingProvider.Hashing)
        {
            // Hashing is cheaper than a cache look-up.
            return new HashingEmbeddingGenerator(options.Dimensions);
        }

        var model = options.Provider == EmbeddingProvider.MiniLM
            ? new MiniLmEmbeddingGenerator(Environment.ProcessorCount)
            : CreateEndpointEmbedder(services, options);
        var cache = services.GetRequiredService<EmbeddingCacheHolder>().Cache;
        return cache is null ? model : new CachingEmbeddingGenerator(model, cache, Signature(options).ToString());
    }

    private static IEmbeddingGenerator<string, Embedding<float>> CreateEndpointEmbedder(IServiceProvider services, EmbeddingOptions options)
    {
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(EmbeddingClientName);
        var client = new OpenAIClient(
            new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? "none" : options.ApiKey),
            new OpenAIClientOptions
            {
                Endpoint = options.Endpoint,
                Transport = new HttpClientPipelineTransport(http),
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            });
        return new EndpointEmbeddingGenerator(client.GetEmbeddingClient(options.Model).AsIEmbeddingGenerator(options.Dimensions), options);
    }
}
