using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Core.Answering;
using NewsBot.Core.Retrieval;
using NewsBot.Core.Summaries;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the core: retrieval, answering and the clock.</summary>
public static class CoreServiceCollectionExtensions
{
    /// <summary>Adds retrieval with validated options from <c>NewsBot:Retrieval</c>, and <see cref="TimeProvider.System"/> unless a clock is registered.</summary>
    public static IServiceCollection AddNewsBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptionsWithValidateOnStart<RetrievalOptions>()
            .Bind(configuration.GetSection(RetrievalOptions.Section))
            .ValidateDataAnnotations();
        services.AddSingleton<IRetriever, HybridRetriever>();
        services.AddOptionsWithValidateOnStart<AnswerOptions>()
            .Bind(configuration.GetSection(AnswerOptions.Section))
            .ValidateDataAnnotations();
        services.AddSingleton<IAnswerService, ExtractiveAnswerService>();
        services.AddSingleton<IArticleSummarizer, ExtractiveSummarizer>();
        return services;
    }
}
