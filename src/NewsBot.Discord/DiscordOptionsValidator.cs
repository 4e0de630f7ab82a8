using Microsoft.Extensions.Options;

namespace NewsBot.Discord;

/// <summary>Checks the Discord settings data annotations cannot: the API root's form and the shard pair.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var failures = new List<string>();
        if (options.ApiBaseUrl is { } url && !(url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)))
        {
            failures.Add($"{DiscordOptions.Section}:ApiBaseUrl must be an absolute http(s) URL, but it is '{url.OriginalString}'.");
        }

        if (options.ShardId >= options.ShardCount)
        {
            failures.Add($"{DiscordOptions.Section}:ShardId ({options.ShardId}) must be below {DiscordOptions.Section}:ShardCount ({options.ShardCount}).");
        }

        if (!string.IsNullOrEmpty(options.Token) && options.Token.Any(char.IsWhiteSpace))
        {
            // Said without the token itself, which must never be shown.
            failures.Add($"{DiscordOptions.Section}:Token contains spaces or line breaks; set it to the bare token (no 'Bot ' prefix).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
