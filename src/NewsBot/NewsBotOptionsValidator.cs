using Microsoft.Extensions.Options;

namespace NewsBot;

/// <summary>Checks the host's own settings.</summary>
internal sealed class NewsBotOptionsValidator : IValidateOptions<NewsBotOptions>
{
    public ValidateOptionsResult Validate(string? name, NewsBotOptions options)
    {
        var failures = options.Sources
            .Select((source, i) => (source, i))
            .Where(s => string.IsNullOrWhiteSpace(s.source))
            .Select(s => $"{NewsBotOptions.Section}:Sources:{s.i} is empty; list files, folders or URLs there, or remove the entry.")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
