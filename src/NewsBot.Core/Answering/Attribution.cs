namespace NewsBot.Core.Answering;

/// <summary>Puts an outlet's name in front of a sentence it reported.</summary>
internal static class Attribution
{
    /// <summary>
    /// Marks that may stand at either end of a word of running text; a word with anything else joined to it is not one
    /// ("toyota.com/recall").
    /// </summary>
    private static readonly char[] RunningTextMarks = ['"', '\'', '“', '”', '‘', '’', '(', ')', ',', ';', ':', '!', '?', '.'];

    private static readonly HashSet<string> LowerableOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "It", "He", "She", "They", "This", "That", "These", "Those", "Its", "His", "Her", "Their",
        "In", "On", "At", "During", "After", "Before", "However", "Also", "But", "Some", "Most", "More", "About",
        "We", "With", "Without", "By", "For", "From", "To", "Of", "As", "When", "While", "Since", "Until", "Under", "Over",
        "Among", "Amid", "Despite", "Following", "Beginning", "If", "Although", "Though", "Because", "Once", "Now",
        "Then", "There", "Still", "Meanwhile", "Instead", "And", "Or", "So", "Yet", "Earlier", "Later", "Last", "Next",
        "Both", "Each", "Every", "Many", "Several", "Such", "Other", "Another", "Only", "Even", "Nearly", "Almost",
        "Around", "Roughly", "Across", "Through", "Between", "Into", "Within", "Against", "Officials", "No", "None",
        "Nobody", "Nothing", "Neither", "All", "Few", "Any",
    };

    /// <summary>
    /// "According to {outlet}, {sentence}", lower-casing an ordinary opening word; "{outlet} reports that, according to
    /// …" when the sentence itself opens with "According to"; the sentence alone when the outlet is unknown. An opening
    /// word the story (<paramref name="story"/>, its text) also writes in lower case is ordinary too, unless a capitalised
    /// word follows it as part of one name: "ferry crews go back", "harbour master Jonas Lind", but "Millbrook Rovers".
    /// </summary>
    public static string Attribute(string? outlet, string sentence, string? story = null)
    {
        if (string.IsNullOrWhiteSpace(outlet) || sentence.Length == 0)
        {
            return sentence;
        }

        if (sentence.StartsWith("According to ", StringComparison.OrdinalIgnoreCase))
        {
            return $"{outlet} reports that, a{sentence[1..]}";
        }

        var words = sentence.Split(' ', 3);
        var first = words[0].TrimEnd(',', ';', ':');
        var text = LowerableOpeners.Contains(first) || (story is not null && WrittenLower(first, words.Length > 1 ? words[1] : null, story))
            ? char.ToLowerInvariant(sentence[0]) + sentence[1..]
            : sentence;
        return $"According to {outlet}, {text}";
    }

    /// <summary>Whether an opening word of letters, not followed by a capitalised one, stands in lower case elsewhere in the story.</summary>
    private static bool WrittenLower(string first, string? next, string story)
    {
        if (first.Length < 2 || !first.All(char.IsLetter) || !char.IsUpper(first[0]) || first.Skip(1).Any(char.IsUpper)
            || (next is { Length: > 0 } && char.IsUpper(next[0])))
        {
            return false;
        }

        var lower = char.ToLowerInvariant(first[0]) + first[1..];
        return story.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Any(token => token.Trim(RunningTextMarks) == lower);
    }
}
