using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace NewsBot.Ingestion.Embedding;

/// <summary>Rules that depend on the chosen provider.</summary>
/// <param name="section">
/// The raw <c>NewsBot:Embedding</c> section: the binder reads any number as an enum value ("7", "-1"), so the provider's
/// name is checked as written.
/// </param>
internal sealed class EmbeddingOptionsValidator(IConfiguration section) : IValidateOptions<EmbeddingOptions>
{
    private static readonly string[] ProviderNames = Enum.GetNames<EmbeddingProvider>();

    public ValidateOptionsResult Validate(string? name, EmbeddingOptions options)
    {
        var written = section[nameof(EmbeddingOptions.Provider)]?.Trim();
        if (!Enum.IsDefined(options.Provider)
            || (written is not null && !ProviderNames.Contains(written, StringComparer.OrdinalIgnoreCase)))
        {
            return ValidateOptionsResult.Fail(
                $"NewsBot:Embedding:Provider must be {string.Join(", ", ProviderNames[..^1])} or {ProviderNames[^1]}, not '{written ?? options.Provider.ToString()}'.");
        }

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
