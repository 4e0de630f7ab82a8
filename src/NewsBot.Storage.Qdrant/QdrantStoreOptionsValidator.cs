using Microsoft.Extensions.Options;

namespace NewsBot.Storage.Qdrant;

/// <summary>Checks the rules that span fields: a usable address, and no more write confirmations than replicas.</summary>
internal sealed class QdrantStoreOptionsValidator : IValidateOptions<QdrantStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, QdrantStoreOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Url)
            && (!Uri.TryCreate(options.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")))
        {
            return ValidateOptionsResult.Fail($"{QdrantStoreOptions.SectionName}:Url must be an http:// or https:// address such as http://localhost:6334, not '{options.Url}'.");
        }

        if (options.WriteConsistencyFactor > options.ReplicationFactor)
        {
            return ValidateOptionsResult.Fail(
                $"{QdrantStoreOptions.SectionName}:WriteConsistencyFactor ({options.WriteConsistencyFactor}) cannot exceed ReplicationFactor ({options.ReplicationFactor}).");
        }

        return ValidateOptionsResult.Success;
    }
}
