using System.Text.RegularExpressions;

namespace NewsBot.Core.Text;

/// <summary>Acronyms written with full stops ("U.S.", "U.N."), as the lower-case words they are when written without ("us", "un").</summary>
internal static partial class Acronyms
{
    public static IEnumerable<string> Of(string text) =>
        Dotted().Matches(text).Select(m => m.Value.Replace(".", string.Empty, StringComparison.Ordinal).ToLowerInvariant());

    [GeneratedRegex(@"\b(?:[A-Z]\.){2,}")]
    private static partial Regex Dotted();
}
