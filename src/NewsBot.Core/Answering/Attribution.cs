namespace NewsBot.Core.Answering;

/// <summary>Puts an outlet's name in front of a sentence it reported.</summary>
internal static class Attribution
{
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
    /// …" when the sentence itself opens with "According to"; the sentence alone when the outlet is unknown.
    /// </summary>
    public static string Attribute(string? outlet, string sentence)
    {
        if (string.IsNullOrWhiteSpace(outlet) || sentence.Length == 0)
        {
            return sentence;
        }

        if (sentence.StartsWith("According to ", StringComparison.OrdinalIgnoreCase))
        {
            return $"{outlet} reports that, a{sentence[1..]}";
        }

        var first = sentence.Split(' ', 2)[0];
        var text = LowerableOpeners.Contains(first) ? char.ToLowerInvariant(sentence[0]) + sentence[1..] : sentence;
        return $"According to {outlet}, {text}";
    }
}
