using System.Text.RegularExpressions;

namespace NewsBot.Ingestion.Embedding;

/// <summary>
/// Masks secrets in text that is about to be printed or logged: the configured API key wherever it appears, any
/// <c>Bearer …</c> token, and anything shaped like an OpenAI key (<c>sk-…</c>), as an upstream error may echo them back.
/// </summary>
internal static partial class SecretMasker
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Mask = "***";

    /// <summary>Keys shorter than this are not searched for as plain text, as they would mask ordinary words.</summary>
    private const int ShortestMaskedKey = 6;

    /// <summary><paramref name="text"/> with <paramref name="secret"/>, bearer tokens and OpenAI-shaped keys masked.</summary>
    public static string Redact(string text, string? secret)
    {
        if (secret is { Length: >= ShortestMaskedKey })
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        text = BearerToken().Replace(text, "${scheme}" + Mask);
        return OpenAiKey().Replace(text, "sk-" + Mask);
    }

    [GeneratedRegex(@"(?<scheme>\bBearer\s+)(?!\*\*\*)[^\s""',;]+", RegexOptions.IgnoreCase)]
    private static partial Regex BearerToken();

    [GeneratedRegex(@"\bsk-(?!\*\*\*)[A-Za-z0-9_-]{12,}")]
    private static partial Regex OpenAiKey();
}
