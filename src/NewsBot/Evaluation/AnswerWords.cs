using System.Text.RegularExpressions;

namespace NewsBot.Evaluation;

/// <summary>Counts the words of an answer, leaving out its <c>[n]</c> citation markers.</summary>
internal static partial class AnswerWords
{
    public static int Count(string text) =>
        Marker().Replace(text, " ")
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Count(word => word.Any(char.IsLetterOrDigit));

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Marker();
}
