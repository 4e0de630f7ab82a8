using System.Globalization;
using System.Text;

namespace NewsBot.Core.Text;

/// <summary>Splits text into lower-case word terms and drops words that carry no topic.</summary>
public static class Terms
{
    /// <summary>
    /// Every word of <paramref name="text"/>, lower-cased, possessives folded ("Fiji’s" → "fiji"); a word longer than
    /// <see cref="LongWords.MaxLength"/> characters comes in pieces of that length.
    /// </summary>
    public static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));

                // A run longer than any word is cut into pieces, as the chunker counts it (see LongWords).
                if (word.Length >= LongWords.MaxLength && Flush(word) is { } piece)
                {
                    yield return piece;
                }

                continue;
            }

            if ((c is '\'' or '’') && word.Length > 0)
            {
                word.Append('\'');
                continue;
            }

            if (c is '.' or ',' && word.Length > 0 && char.IsDigit(word[^1]))
            {
                word.Append(c);
                continue;
            }

            if (Flush(word) is { } done)
            {
                yield return done;
            }
        }

        if (Flush(word) is { } last)
        {
            yield return last;
        }
    }

    /// <summary>The distinct topical words of a query, in order of first appearance.</summary>
    public static IReadOnlyList<string> Keywords(string text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var word in Words(text))
        {
            if (!StopWords.Contains(word) && seen.Add(word))
            {
                result.Add(word);
            }
        }

        return result;
    }

    /// <summary>A light English stem, enough to match "seized" with "seize" and "crabs" with "crab".</summary>
    public static string Stem(string word)
    {
        // "Skerries" and "Skerry", "cities" and "city" share a stem.
        if (word.Length > 5 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        foreach (var suffix in (ReadOnlySpan<string>)["ing", "ed", "es", "s", "e"])
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    /// <summary>
    /// Whether a lower-case word ends as a verb's "-ed" or "-ing" form does ("rumoured", "running"): without a tagger, the
    /// sign that it is more likely a verb than a thing.
    /// </summary>
    public static bool EndsAsVerbForm(string word) => word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>Whether a lower-case word is a function word, a question word or a word for the news itself ("story", "summary").</summary>
    public static bool IsStopWord(string word) => StopWords.Contains(word);

    /// <summary>The stop word <paramref name="word"/> misspells by one edit ("happend", "becuase"), or null (see <see cref="Spelling.OneEditFrom"/>).</summary>
    public static string? MisspeltStopWord(string word) => Spelling.OneEditFrom(word, StopWords);

    /// <summary>A word without its possessive ending: "Georgia's" as "Georgia".</summary>
    public static string WithoutPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    private static string? Flush(StringBuilder word)
    {
        while (word.Length > 0 && word[^1] is '\'' or '.' or ',')
        {
            word.Length--;
        }

        if (word.Length == 0)
        {
            return null;
        }

        var text = word.ToString();
        word.Clear();
        if (text.EndsWith("'s", StringComparison.Ordinal))
        {
            text = text[..^2];
        }

        text = text.Replace("'", string.Empty, StringComparison.Ordinal);
        return text.Length == 0 ? null : text.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture);
    }

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does",
        "doing", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her",
        "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me",
        "might", "more", "most", "must", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our",
        "ours", "out", "over", "own", "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the",
        "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too",
        "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
        "whom", "why", "will", "with", "would", "you", "your", "yours", "according", "recently", "recent",
        "reportedly", "said", "says", "tell", "know", "happened", "news", "latest", "approximately", "roughly",
        "nearly", "around", "many", "much", "summary", "summarise", "summarize", "story", "stories", "article", "articles",
    };
}
