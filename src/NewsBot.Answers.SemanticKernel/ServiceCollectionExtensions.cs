using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using NewsBot.Answers.SemanticKernel;
using NewsBot.Answers.SemanticKernel.Prompts;
using NewsBot.Core.Answering;
using NewsBot.Core.Summaries;
using Polly;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Semantic Kernel answerer, summariser and condenser in place of the extractive ones.</summary>
public static class ChatServiceCollectionExtensions
{
    /// <summary>Whether <paramref name="configuration"/> names a chat model (<c>NewsBot:Chat:Endpoint</c>).</summary>
    public static bool HasNewsBotChat(this IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{ChatOptions.Section}:Endpoint"]);

    /// <summary>
    /// Adds validated options from <c>NewsBot:Chat</c> (prompts folder checked at start), the model's HTTP client with
    /// retries on 429 and 5xx, and the generated answerer, summariser and condenser; call after <c>AddNewsBotCore</c>.
    /// </summary>
    public static IServiceCollection AddNewsBotChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<ChatOptions>()
            .Bind(configuration.GetSection(ChatOptions.Section))
            .ValidateDataAnnotations();
        services.AddSingleton<IValidateOptions<ChatOptions>, ChatOptionsValidator>();
        services.AddMetrics();
        services.TryAddSingleton<ChatMetrics>();
        services.TryAddSingleton<PromptSet>();
        services.TryAddSingleton<ChatModel>();
        services.AddHttpClient(ChatModel.HttpClientName, (sp, client) =>
            {
                // The answerer's own deadline ends a slow answer; this only stops a client that is never cancelled.
                client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<ChatOptions>>().Value.TimeoutSeconds + 30);
            })
            .AddResilienceHandler("chat", (pipeline, context) =>
            {
                var settings = context.ServiceProvider.GetRequiredService<IOptions<ChatOptions>>().Value;
                if (settings.MaxRetries > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = settings.MaxRetries,
                        Delay = TimeSpan.FromMilliseconds(settings.RetryDelayMilliseconds),
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        ShouldRetryAfterHeader = true,
                    });
                }
            });
        services.Replace(ServiceDescriptor.Singleton<IAnswerService, ChatAnswerService>());
        services.Replace(ServiceDescriptor.Singleton<IArticleSummarizer, ChatSummarizer>());
        services.Replace(ServiceDescriptor.Singleton<IQuestionCondenser, ChatCondenser>());
        return services;
    }
}
