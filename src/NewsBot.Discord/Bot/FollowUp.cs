using System.Text.RegularExpressions;

namespace NewsBot.Discord.Bot;

/// <summary>
/// Makes a follow-up question standalone before retrieval: the earlier question's names (or, lacking names, its content
/// words) that the follow-up does not already carry are added to it, so "what did they decide?" after "What about the
/// Eastfield tram?" becomes "what did they decide about Eastfield tram?".
/// </summary>
internal static partial class FollowUp
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "into",
        "what", "who", "whom", "whose", "which", "when", "where", "why", "how", "is", "are", "was", "were", "be", "been",
        "do", "does", "did", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "it", "its",
        "they", "them", "their", "this", "that", "these", "those", "there", "he", "she", "his", "her", "i", "you", "we",
        "me", "my", "our", "your", "any", "some", "more", "most", "much", "many", "tell", "say", "said", "news", "latest",
        "happen", "happened", "going", "than", "then", "so", "if", "not", "no", "yes", "also", "just", "now", "still",
    };

    public static string Condense(string followUp, string earlierQuestion)
    {
        var question = followUp.Trim();
        var carried = Names(earlierQuestion);
        if (carried.Count == 0)
        {
            carried = [string.Join(' ', Words(earlierQuestion).Where(w => !StopWords.Contains(w) && w.Length > 2))];
            carried.RemoveAll(string.IsNullOrEmpty);
        }

        var present = new HashSet<string>(Words(question), StringComparer.OrdinalIgnoreCase);
        var missing = carried.Where(phrase => !Words(phrase).All(present.Contains)).ToList();
        if (missing.Count == 0)
        {
            return question;
        }

        var end = question.Length > 0 && question[^1] is '?' or '.' or '!' ? question[^1].ToString() : "?";
        return $"{question.TrimEnd('?', '.', '!', ' ')} about {string.Join(", ", missing)}{end}";
    }

    /// <summary>Runs of capitalised words that are not question or function words ("What about the Eastfield tram?" gives "Eastfield").</summary>
    private static List<string> Names(string question)
    {
        var names = new List<string>();
        var tokens = question.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var run = new List<string>();
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].Trim('"', '“', '”', '‘', '’', '\'', '(', ')', ',', '?', '.', '!', ':', ';');
            var isName = word.Length > 1 && char.IsUpper(word[0]) && !StopWords.Contains(word);
            if (isName)
            {
                run.Add(word);
            }

            if ((!isName || tokens[i][^1] is ',' or '?' or '.' or '!' or ';' or ':') && run.Count > 0)
            {
                names.Add(string.Join(' ', run));
                run.Clear();
            }
        }

        if (run.Count > 0)
        {
            names.Add(string.Join(' ', run));
        }

        // A name followed by the thing it names ("the Eastfield tram") carries that word too.
        return [.. names.Select(n => WithNoun(n, question)).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static string WithNoun(string name, string question)
    {
        var match = Regex.Match(question, Regex.Escape(name) + @"\s+([a-z][a-z-]{2,})\b");
        return match.Success && !StopWords.Contains(match.Groups[1].Value) ? $"{name} {match.Groups[1].Value}" : name;
    }

    private static IEnumerable<string> Words(string text) => Word().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex Word();
}
