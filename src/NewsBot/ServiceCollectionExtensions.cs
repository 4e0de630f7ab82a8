using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using NewsBot;
using NewsBot.Cli;
using NewsBot.Evaluation;
using NewsBot.Ingestion.Indexing;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers what the newsbot host adds on top of the libraries: store selection and the CLI verbs.</summary>
public static class HostServiceCollectionExtensions
{
    /// <summary>Adds the configured store (section <c>NewsBot:Storage</c>).</summary>
    public static IServiceCollection AddNewsBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .ValidateDataAnnotations();
        return StorageOptions.SelectsQdrant(configuration)
            ? services.AddNewsBotQdrantStore(configuration)
            : services.AddNewsBotSqliteStore(configuration);
    }

    /// <summary>Adds the command-line verbs and the host's own settings (section <c>NewsBot</c>).</summary>
    public static IServiceCollection AddNewsBotCli(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<NewsBotOptions>().Bind(configuration.GetSection(NewsBotOptions.Section));
        services.AddSingleton<IValidateOptions<NewsBotOptions>, NewsBotOptionsValidator>();
        services.AddSingleton(sp => new Lazy<IArticleIndexer>(sp.GetRequiredService<IArticleIndexer>));
        services.AddSingleton<EmptyIndexFiller>();
        services.AddSingleton<AskCommand>();
        services.AddSingleton<SummarizeCommand>();
        services.AddSingleton<IndexCommand>();
        services.AddSingleton<EvalRunner>();
        services.AddSingleton<EvalCommand>();
        return services;
    }
}
