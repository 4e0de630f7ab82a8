using System.Text.RegularExpressions;

namespace NewsBot.Core.Text;

/// <summary>Splits a paragraph into sentences, not breaking after common abbreviations or initials.</summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "st", "jr", "sr", "vs",
        "inc", "corp", "co", "ltd", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "etc", "approx", "fig",
        "v", "rev", "capt", "cmdr", "supt", "mt", // "Roe v. Wade", "Rev. Al Sharpton", "Mt. Everest"
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The sentences of a text whose paragraphs are separated by line breaks; no sentence spans two paragraphs.</summary>
    public static IEnumerable<string> SplitText(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).SelectMany(Split);

    /// <summary>The sentences of <paramref name="paragraph"/>, trimmed, in order.</summary>
    public static IEnumerable<string> Split(string paragraph)
    {
        var start = 0;
        foreach (Match end in Boundary().Matches(paragraph))
        {
            // A span, not a copy: a long paragraph of abbreviations ("Mr. Smith Mr. Smith …") would otherwise copy
            // the growing candidate at every one of them, in time that grows with the square of its length.
            if (EndsWithAbbreviation(paragraph.AsSpan(start, end.Index - start).TrimEnd()))
            {
                continue;
            }

            var sentence = paragraph[start..(end.Index + end.Length)].Trim();
            if (sentence.Length > 0)
            {
                yield return sentence;
            }

            start = end.Index + end.Length;
        }

        var rest = paragraph[start..].Trim();
        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    private static bool EndsWithAbbreviation(ReadOnlySpan<char> text)
    {
        var space = text.LastIndexOfAny([' ', '(', '“', '"']);
        var word = text[(space + 1)..].TrimEnd(".!?\"”’')]");
        return (word.Length == 1 && char.IsUpper(word[0])) || AbbreviationLookup.Contains(word);
    }

    [GeneratedRegex(@"(?<=[.!?][""”’')\]]?)\s+(?=[""“‘(\[]?[\p{Lu}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();
}
