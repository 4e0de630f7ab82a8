using System.ClientModel;
using System.ClientModel.Primitives;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;
using OpenAI.Chat;

namespace NewsBot.Answers.SemanticKernel;

/// <summary>
/// A Semantic Kernel over the configured OpenAI-compatible endpoint, reached through the named HTTP client that carries
/// the retries. Invokes a prompt function whole or streamed.
/// </summary>
internal sealed class ChatModel
{
    /// <summary>The named HTTP client with the chat model's retries.</summary>
    public const string HttpClientName = "NewsBot.Chat";

    private readonly Kernel kernel;

    public ChatModel(IHttpClientFactory http, IOptions<ChatOptions> options, ILoggerFactory loggers)
    {
        var settings = options.Value;
        var endpoint = new Uri(settings.Endpoint!.TrimEnd('/'));
        var key = string.IsNullOrEmpty(settings.ApiKey) ? "no-key" : settings.ApiKey;
        var client = new OpenAIClient(new ApiKeyCredential(key), new OpenAIClientOptions
        {
            Endpoint = endpoint,
            Transport = new HttpClientPipelineTransport(http.CreateClient(HttpClientName)),
            // Retries live in the HTTP client's resilience pipeline, with the settings' count and backoff.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        });
        var service = new OpenAIChatCompletionService(settings.Model!, client, loggers);
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton<IChatCompletionService>(service);
        kernel = builder.Build();
    }

    public async Task<ChatReply> CompleteAsync(KernelFunction prompt, KernelArguments arguments, CancellationToken cancellationToken)
    {
        var result = await prompt.InvokeAsync(kernel, arguments, cancellationToken);
        var usage = Usage(result.Metadata);
        return new ChatReply(result.GetValue<string>() ?? string.Empty, usage?.InputTokenCount, usage?.OutputTokenCount);
    }

    public async IAsyncEnumerable<ChatReply> StreamAsync(KernelFunction prompt, KernelArguments arguments, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var piece in prompt.InvokeStreamingAsync<StreamingChatMessageContent>(kernel, arguments, cancellationToken))
        {
            var usage = Usage(piece.Metadata);
            yield return new ChatReply(piece.Content ?? string.Empty, usage?.InputTokenCount, usage?.OutputTokenCount);
        }
    }

    private static ChatTokenUsage? Usage(IReadOnlyDictionary<string, object?>? metadata) =>
        metadata is not null && metadata.TryGetValue("Usage", out var usage) ? usage as ChatTokenUsage : null;
}
