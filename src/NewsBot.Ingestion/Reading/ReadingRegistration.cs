using Microsoft.Extensions.DependencyInjection;
using NewsBot.Ingestion.Cleaning;

namespace NewsBot.Ingestion.Reading;

/// <summary>Registers article reading: <see cref="ISourceReader"/>, the per-format readers and the page fetcher.</summary>
internal static class ReadingRegistration
{
    /// <summary>Adds <see cref="ISourceReader"/> and everything it needs.</summary>
    public static IServiceCollection AddArticleReading(this IServiceCollection services)
    {
        services.AddSingleton<ArticleCleaner>();
        services.AddSingleton<ArticleAssembler>();
        services.AddHttpClient<WebFetcher>(client =>
        {
            client.Timeout = WebFetcher.Timeout;
            client.MaxResponseContentBufferSize = WebFetcher.MaxBytes;
            client.DefaultRequestHeaders.UserAgent.ParseAdd("NewsBot/1.0 (self-hosted news reader)");
        }).AddStandardResilienceHandler();

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
