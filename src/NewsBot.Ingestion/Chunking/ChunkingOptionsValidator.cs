using Microsoft.Extensions.Options;

namespace NewsBot.Ingestion.Chunking;

/// <summary>Checks the rule that compares two chunking settings.</summary>
internal sealed class ChunkingOptionsValidator : IValidateOptions<ChunkingOptions>
{
    public ValidateOptionsResult Validate(string? name, ChunkingOptions options) =>
        options.OverlapTokens * 2 > options.MaxTokens
            ? ValidateOptionsResult.Fail(
                $"NewsBot:Chunking:OverlapTokens ({options.OverlapTokens}) must be at most half of NewsBot:Chunking:MaxTokens ({options.MaxTokens}).")
            : ValidateOptionsResult.Success;
}
