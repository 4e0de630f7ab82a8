using Microsoft.Extensions.Options;
using NewsBot.Answers.SemanticKernel.Prompts;

namespace NewsBot.Answers.SemanticKernel;

/// <summary>Checks the chat settings that data annotations cannot: a usable endpoint, a model with it, and a complete prompts folder.</summary>
internal sealed class ChatOptionsValidator : IValidateOptions<ChatOptions>
{
    public ValidateOptionsResult Validate(string? name, ChatOptions options)
    {
        if (!options.Configured)
        {
            return ValidateOptionsResult.Success;
        }

        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
        {
            return ValidateOptionsResult.Fail($"NewsBot:Chat:Endpoint must be an http or https address such as https://api.openai.com/v1, not '{options.Endpoint}'.");
        }

        if (string.IsNullOrWhiteSpace(options.Model))
        {
            return ValidateOptionsResult.Fail("NewsBot:Chat:Model must name the model (or Azure deployment) when NewsBot:Chat:Endpoint is set.");
        }

        return PromptFolder.Problem(PromptFolder.Resolve(options.PromptsPath)) is { } problem
            ? ValidateOptionsResult.Fail(problem)
            : ValidateOptionsResult.Success;
    }
}
