using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Core.Answering;
using NewsBot.Core.Retrieval;
using NewsBot.Core.Summaries;
using NewsBot.Core.Text;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the core: retrieval, the extractive answerer (the default; also under <see cref="AnswerServiceKeys.Extractive"/>), the token counter and the clock.</summary>
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
        services.AddKeyedSingleton<IAnswerService, ExtractiveAnswerService>(AnswerServiceKeys.Extractive);
        services.AddKeyedSingleton<IArticleSummarizer, ExtractiveSummarizer>(AnswerServiceKeys.Extractive);
        services.TryAddSingleton(sp => sp.GetRequiredKeyedService<IAnswerService>(AnswerServiceKeys.Extractive));
        services.TryAddSingleton(sp => sp.GetRequiredKeyedService<IArticleSummarizer>(AnswerServiceKeys.Extractive));
        services.TryAddSingleton<IQuestionCondenser, UnchangedQuestion>();
        services.TryAddSingleton<ITokenCounter, TiktokenCounter>();
        return services;
    }
}
