using System.Text.RegularExpressions;

namespace NewsBot.Core.Text;

/// <summary>
/// The outlet dateline some stories open with: "(CNN)", "Hong Kong (CNN)", "WASHINGTON (AP) —". Indexing reads the
/// outlet from it; answers and summaries leave it out of the sentences they quote.
/// </summary>
public static partial class OutletDateline
{
    /// <summary>The outlet named by a dateline that opens <paramref name="text"/>, or null.</summary>
    public static string? OutletOf(string text) =>
        Prefix().Match(text) is { Success: true } prefix ? prefix.Groups["outlet"].Value : null;

    /// <summary><paramref name="sentence"/> without an opening outlet dateline.</summary>
    public static string Strip(string sentence) =>
        Prefix().Match(sentence) is { Success: true } prefix ? sentence[prefix.Length..] : sentence;

    // An optional place of up to four capitalised words, the outlet in brackets, an optional dash; then the story's
    // first word must follow.
    [GeneratedRegex(@"^(?:[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,3} )?\((?<outlet>[A-Z][A-Za-z]+(?: [A-Z][a-z]+)?)\)\s*(?:(?:—|–|--|-)\s*)?(?=[A-Z""“‘'0-9])")]
    private static partial Regex Prefix();
}
