using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>
/// The words a sentence says a verb of: up to three words right before it, past the helping verbs ("first sailing" in
/// "the first sailing would leave at 6 am", "Lumen Robotics" in "Lumen Robotics opened a factory"), within its clause.
/// </summary>
internal static class SubjectOfVerb
{
    private const int MaxWords = 3;

    private static readonly HashSet<string> Helpers = new(StringComparer.Ordinal)
    {
        "will", "would", "can", "could", "shall", "should", "may", "might", "must", "is", "are", "was", "were", "be", "been",
        "has", "have", "had", "do", "does", "did", "not", "also", "to", "then", "finally",
    };

    /// <summary>The words before the first word whose stem <paramref name="isVerb"/> accepts; null when there are none.</summary>
    public static string? In(string sentence, Func<string, bool> isVerb)
    {
        var tokens = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = tokens.Select(t => t.Trim(Marks).ToLowerInvariant()).ToList();
        var at = words.FindIndex(w => w.Length > 0 && isVerb(Terms.Stem(w)));
        var j = at - 1;
        while (j >= 0 && Helpers.Contains(words[j]) && !EndsClause(tokens[j]))
        {
            j--;
        }

        var phrase = new List<string>();
        while (j >= 0 && phrase.Count < MaxWords && words[j].Length > 0 && !Terms.IsStopWord(words[j]) && !EndsClause(tokens[j]))
        {
            phrase.Insert(0, tokens[j].Trim(Marks));
            j--;
        }

        return phrase.Count == 0 ? null : string.Join(' ', phrase);
    }

    private static readonly char[] Marks = ['"', '“', '”', '‘', '’', '\'', ',', '.', ':', ';', '(', ')'];

    private static bool EndsClause(string token) => token[^1] is ',' or ';' or ':' or '.' or ')';
}
