using System.Text.RegularExpressions;

namespace NewsBot.Core.Text;

/// <summary>
/// The datelines stories open with: an outlet's ("(CNN)", "Hong Kong (CNN)", "WASHINGTON (AP) —") or a place's
/// ("NEW YORK —"). Indexing reads the outlet from the first; answers and summaries leave both out of the sentences
/// they quote.
/// </summary>
public static partial class Datelines
{
    /// <summary>The outlet named by a dateline that opens <paramref name="text"/>, or null.</summary>
    public static string? OutletOf(string text) =>
        Prefix().Match(text) is { Success: true } prefix ? prefix.Groups["outlet"].Value : null;

    /// <summary><paramref name="sentence"/> without an opening outlet dateline or capitalised place dateline ("NEW YORK — ").</summary>
    public static string Strip(string sentence) =>
        Prefix().Match(sentence) is { Success: true } prefix ? sentence[prefix.Length..]
        : PlacePrefix().Match(sentence) is { Success: true } place ? sentence[place.Length..]
        : sentence;

    // An optional place of up to four capitalised words, the outlet in brackets, an optional dash; then the story's
    // first word must follow.
    [GeneratedRegex(@"^(?:[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,3} )?\((?<outlet>[A-Z][A-Za-z]+(?: [A-Z][a-z]+)?)\)\s*(?:(?:—|–|--|-)\s*)?(?=[A-Z""“‘'0-9])")]
    private static partial Regex Prefix();

    // A place in capitals ("NEW YORK", "ST. LOUIS", "KYIV, Ukraine") and a dash before the story's first word.
    [GeneratedRegex(@"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)? (?:—|–|--) (?=[A-Z""“‘'0-9])")]
    private static partial Regex PlacePrefix();
}
