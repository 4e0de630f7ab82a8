using System.Text.RegularExpressions;
using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>
/// The word a question asks with ("which", "when"), mended where it is misspelt at the start of a clause: "wich boat
/// sank near the skerry islands" asks which boat. The news never holds such a word, so spelling against the indexed
/// words cannot mend it, and what kind of answer is asked for is read from it.
/// </summary>
internal static partial class AskingWord
{
    private static readonly string[] Askers = ["what", "which", "where", "when", "who", "whom", "whose", "why", "how"];

    /// <summary>Words a clause often starts with that are one letter from an asking word but mean themselves ("show me the latest news", "two ferries").</summary>
    private static readonly HashSet<string> RealWords = new(StringComparer.Ordinal)
    {
        "show", "two", "now", "row", "hot", "wow", "then", "that", "chat", "whet", "whim", "whip", "whit", "witch", "shy", "wry", "thy", "hen",
    };

    /// <summary>
    /// The question with each clause's first word that is one letter away from exactly one asking word (a letter left out,
    /// added, changed or two swapped) written as that word. A real word stays: "were the ferries running" is not
    /// "where", and "whats" is "what's" written without its apostrophe.
    /// </summary>
    public static string Mend(string question) =>
        ClauseStart().Replace(question, match => Asker(match.Groups["w"].Value) is { } asker ? match.Groups["b"].Value + Cased(asker, match.Groups["w"].Value) : match.Value);

    private static string? Asker(string written)
    {
        var word = written.ToLowerInvariant();
        if (word.Length < 2 || Terms.IsStopWord(word) || RealWords.Contains(word) || Askers.Contains(word) || Askers.Any(a => word == a + "s"))
        {
            return null;
        }

        var near = Askers.Where(a => Spelling.Distance(word, a, 1) <= 1).ToList();
        return near.Count == 1 ? near[0] : null;
    }

    private static string Cased(string asker, string written) =>
        char.IsUpper(written[0]) ? char.ToUpperInvariant(asker[0]) + asker[1..] : asker;

    /// <summary>A clause's first word: at the start, or after a sentence's end, a comma, a colon or a dash.</summary>
    [GeneratedRegex(@"(?<b>^\s*|[.?!,;:—–-]\s+)(?<w>\p{L}+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseStart();
}
