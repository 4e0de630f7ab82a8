namespace NewsBot.Core.Answering;

/// <summary>Puts an outlet's name in front of a sentence it reported.</summary>
internal static class Attribution
{
    private static readonly HashSet<string> LowerableOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "It", "He", "She", "They", "This", "That", "These", "Those", "Its", "His", "Her", "Their",
        "In", "On", "At", "During", "After", "Before", "However", "Also", "But", "Some", "Most", "More", "About",
    };

    /// <summary>"According to {outlet}, {sentence}", lower-casing an ordinary opening word; the sentence alone when the outlet is unknown.</summary>
    public static string Attribute(string? outlet, string sentence)
    {
        if (string.IsNullOrWhiteSpace(outlet) || sentence.Length == 0)
        {
            return sentence;
        }

        var first = sentence.Split(' ', 2)[0];
        var text = LowerableOpeners.Contains(first) ? char.ToLowerInvariant(sentence[0]) + sentence[1..] : sentence;
        return $"According to {outlet}, {text}";
    }
}
