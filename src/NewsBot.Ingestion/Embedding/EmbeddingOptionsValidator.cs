using Microsoft.Extensions.Options;

namespace NewsBot.Ingestion.Embedding;

/// <summary>Rules that depend on the chosen provider.</summary>
internal sealed class EmbeddingOptionsValidator : IValidateOptions<EmbeddingOptions>
{
    public ValidateOptionsResult Validate(string? name, EmbeddingOptions options)
    {
        if (options.Provider == EmbeddingProvider.MiniLM && options.Dimensions != MiniLmEmbeddingGenerator.ModelDimensions)
        {
            return ValidateOptionsResult.Fail(
                $"NewsBot:Embedding:Dimensions must be {MiniLmEmbeddingGenerator.ModelDimensions} when NewsBot:Embedding:Provider is MiniLM (the model's vector size).");
        }

        if (options.Provider != EmbeddingProvider.OpenAI)
        {
            return ValidateOptionsResult.Success;
        }

        if (options.Endpoint is not { IsAbsoluteUri: true } endpoint || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
        {
            return ValidateOptionsResult.Fail("NewsBot:Embedding:Endpoint must be an absolute http(s) address when NewsBot:Embedding:Provider is OpenAI.");
        }

        return string.IsNullOrWhiteSpace(options.Model)
            ? ValidateOptionsResult.Fail("NewsBot:Embedding:Model must name the embedding model when NewsBot:Embedding:Provider is OpenAI.")
            : ValidateOptionsResult.Success;
    }
}
