using System.Text.RegularExpressions;
using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>
/// The verb of a "who did it" question ("who designed the library roof", "who paid for the ward") and whether a story
/// says who did it. A story that never uses the verb, or a word of its family ("opponents" for "opposed"), names people
/// for other reasons: the chief librarian did not design the roof. Verbs of leading ("who runs the library") are answered
/// by a title ("chief librarian"), and light verbs ("who gave a speech") by their object ("speaker"), so both pass.
/// </summary>
internal static partial class DoerVerb
{
    /// <summary>How many first letters a word must share with the verb to be of its family ("oppo" in "opposed", "opponents").</summary>
    private const int FamilyLetters = 4;

    private static readonly HashSet<string> SaidByATitleOrObject = new(
        new[]
        {
            "run", "runs", "lead", "leads", "head", "heads", "manage", "manages", "chair", "chairs", "coach", "coaches",
            "direct", "directs", "govern", "governs", "represent", "represents",
            "gave", "give", "gives", "made", "make", "makes", "took", "take", "takes", "got", "get", "gets", "had", "has", "did", "does",
        }.Select(Terms.Stem),
        StringComparer.Ordinal);

    /// <summary>The stem of the verb a "who did it" question asks the doer of ("paid" in "who paid for the ward"), or null.</summary>
    public static string? Of(string question, AnswerKind kind) =>
        kind == AnswerKind.Person && DoerQuestion().Match(question) is { Success: true } d ? Terms.Stem(d.Groups[1].Value.ToLowerInvariant()) : null;

    /// <summary>
    /// The verb of a "who did it" question that a story with the stems <paramref name="stems"/> never uses, nor a word of
    /// its family, when the verb is not one a title or an object answers; null when the story may say who did it.
    /// </summary>
    public static string? Unsaid(string question, IReadOnlySet<string> stems)
    {
        if (Of(question, AnswerKinds.Of(question)) is not { } verb || SaidByATitleOrObject.Contains(verb))
        {
            return null;
        }

        var family = verb.Length >= FamilyLetters ? verb[..FamilyLetters] : verb;
        return stems.Contains(verb) || stems.Any(s => s.StartsWith(family, StringComparison.Ordinal)) ? null : verb;
    }

    [GeneratedRegex(@"^\s*who\s+(?!is\b|was\b|are\b|were\b|will\b|did\b|does\b|do\b|has\b|have\b|had\b|would\b|could\b|can\b|should\b|might\b|may\b)(\p{L}+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DoerQuestion();
}
