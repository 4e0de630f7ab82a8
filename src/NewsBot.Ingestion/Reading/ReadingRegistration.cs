using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using NewsBot.Ingestion.Cleaning;

namespace NewsBot.Ingestion.Reading;

/// <summary>Registers article reading: <see cref="ISourceReader"/>, the per-format readers and the page fetcher.</summary>
internal static class ReadingRegistration
{
    /// <summary>Adds <see cref="ISourceReader"/> and everything it needs, with validated options from <c>NewsBot:Ingestion</c>.</summary>
    public static IServiceCollection AddArticleReading(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<IngestionOptions>()
            .Bind(configuration.GetSection(IngestionOptions.Section))
            .ValidateDataAnnotations();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AddressGuard>();
        services.AddSingleton<ArticleCleaner>();
        services.AddSingleton<ArticleAssembler>();
        services.AddHttpClient<WebFetcher>(client =>
            {
                // The fetcher's own deadline (NewsBot:Ingestion:FetchTimeoutSeconds) covers headers and body.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("NewsBot/1.0 (self-hosted news reader)");
                foreach (var encoding in ContentDecoding.Accepted)
                {
                    client.DefaultRequestHeaders.AcceptEncoding.ParseAdd(encoding);
                }
            })
            .ConfigurePrimaryHttpMessageHandler(services => new SocketsHttpHandler
            {
                // Redirects are followed by the fetcher, hop by hop; bodies are decompressed there, under the size cap.
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.None,
                // Through a proxy, the address connected would be the proxy's, and the guard could not see the target.
                UseProxy = false,
                ConnectCallback = services.GetRequiredService<AddressGuard>().ConnectAsync,
            })
            .AddStandardResilienceHandler()
            .Configure((resilience, services) =>
            {
                // A refused address is not transient: it is reported at once, not retried.
                resilience.Retry.ShouldHandle = args => ValueTask.FromResult(
                    HttpClientResiliencePredicates.IsTransient(args.Outcome) && AddressRefusedException.Within(args.Outcome.Exception) is null);
                // The fetcher's deadline ends a fetch; the pipeline's own total must not end it sooner.
                var deadline = services.GetRequiredService<IOptions<IngestionOptions>>().Value.FetchTimeout + TimeSpan.FromSeconds(1);
                if (deadline > resilience.TotalRequestTimeout.Timeout)
                {
                    resilience.TotalRequestTimeout.Timeout = deadline;
                }
            });

        // Order matters: the first reader that can read a document reads it.
        services.AddTransient<IArticleReader, FeedReader>();
        services.AddTransient<IArticleReader, DatedTextReader>();
        services.AddTransient<IArticleReader, PlainTextReader>();
        services.AddTransient<IArticleReader, MarkdownReader>();
        services.AddTransient<IArticleReader, HtmlReader>();
        services.AddTransient<DocumentDispatcher>();
        services.AddTransient<FolderReader>();
        services.AddTransient<ISourceReader, SourceReader>();
        return services;
    }
}
