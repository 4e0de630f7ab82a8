namespace NewsBot.Core.Text;

/// <summary>
/// Corrects a misspelt word against the words of a vocabulary: the closest word by edit distance (adjacent swaps
/// count as one edit, a plural counted from its singular) within one edit for short words and two for long ones,
/// preferring a word the typo only undoubles a letter of, then the most frequent. A typo seldom touches the first
/// letter, so a correction keeps it (or swaps it with the second): "drivers" is not read as "rovers", nor "sank" as
/// "bank". A word the dictionary knows is the asker's own word: it is only joined to another form of itself
/// ("crossing" to "crossings", "canceled" to "cancelled"), never to another word ("charge" to "change").
/// </summary>
public static class Spelling
{
    /// <summary>Letters two forms of one word share at the start at least ("built" and "build").</summary>
    private const int FormRoot = 4;

    /// <summary>The fewest letters of a word read as a misspelling of a word the question reading knows ("happend"; not "thes").</summary>
    private const int MisspeltWordLetters = 5;

    /// <summary>Letters at the end of the longer form past what two forms of one word share ("injured", "injuries").</summary>
    private const int FormEnding = 3;

    /// <summary>Consonants doubled before an ending ("running", "stopped"); not "d", "l", "s", "f" or "z", which end words doubled ("added", "falling").</summary>
    internal const string DoubledConsonants = "bgmnprt";

    /// <summary>
    /// The correction of <paramref name="word"/>, or null when no vocabulary word is close enough; with
    /// <paramref name="knownWord"/>, only another form of the same word.
    /// </summary>
    public static string? Correct(string word, IReadOnlyDictionary<string, int> vocabulary, bool knownWord = false)
    {
        if (word.Length < 4 || word.Any(char.IsDigit))
        {
            return null;
        }

        // "Running" is "run" and "stopped" is "stop": English doubles a short word's last consonant before -ing and -ed,
        // which leaves the two forms too far apart for an edit budget.
        if (Undoubled(word) is { } root && vocabulary.ContainsKey(root))
        {
            return root;
        }

        var budget = word.Length >= 7 ? 2 : 1;
        string? best = null;
        (int Distance, bool Undoubling, bool ViaPlural, int Count) bestRank = (int.MaxValue, false, true, 0);
        foreach (var (candidate, count) in vocabulary)
        {
            if (Math.Abs(candidate.Length - word.Length) > budget + 1 || candidate.Length < 3 || !SameStart(word, candidate) || Terms.IsStopWord(candidate)
                || (knownWord && !SameWord(word, candidate)))
            {
                continue;
            }

            var distance = Math.Abs(candidate.Length - word.Length) > budget ? budget + 1 : Distance(word, candidate, budget);
            var viaPlural = distance > budget && PluralOf(word, candidate);
            var meant = viaPlural ? candidate[..^1] : candidate;
            if (viaPlural)
            {
                distance = Distance(word, meant, budget);
            }

            // Among words as near, one the typo only undoubles a letter of ("flod" for "flood", not "food"), then the word
            // itself before its plural ("flood" where a story writes both), then the most frequent.
            var undoubling = Undoubles(word, meant);
            if (distance <= budget && (distance, !undoubling, viaPlural, -count).CompareTo((bestRank.Distance, !bestRank.Undoubling, bestRank.ViaPlural, -bestRank.Count)) < 0)
            {
                (best, bestRank) = (candidate, (distance, undoubling, viaPlural, count));
            }
        }

        return best;
    }

    /// <summary>
    /// Whether <paramref name="candidate"/> is a plural the misspelt singular <paramref name="word"/> may stand for: a
    /// story that only writes "floods" still answers "flod", one edit from its singular.
    /// </summary>
    private static bool PluralOf(string word, string candidate) =>
        candidate.Length > 4 && candidate[^1] == 's' && candidate[^2] != 's' && word[^1] != 's';

    /// <summary>Whether <paramref name="word"/> is <paramref name="candidate"/> with one of its doubled letters written once.</summary>
    private static bool Undoubles(string word, string candidate)
    {
        if (candidate.Length != word.Length + 1)
        {
            return false;
        }

        for (var i = 0; i + 1 < candidate.Length; i++)
        {
            if (candidate[i] == candidate[i + 1] && string.CompareOrdinal(candidate, 0, word, 0, i) == 0
                && string.CompareOrdinal(candidate, i + 1, word, i, word.Length - i) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word without -ing or -ed and the consonant doubled before it ("running" → "run"), or null.</summary>
    public static string? Undoubled(string word)
    {
        var stem = word.EndsWith("ing", StringComparison.Ordinal) ? word[..^3] : word.EndsWith("ed", StringComparison.Ordinal) ? word[..^2] : null;
        return stem is { Length: >= 3 } && stem[^1] == stem[^2] && DoubledConsonants.Contains(stem[^1]) ? stem[..^1] : null;
    }

    /// <summary>Whether two words are forms of one: they share a start and differ only in a short ending.</summary>
    private static bool SameWord(string word, string candidate)
    {
        var shared = 0;
        while (shared < Math.Min(word.Length, candidate.Length) && word[shared] == candidate[shared])
        {
            shared++;
        }

        return shared >= FormRoot && shared >= Math.Max(word.Length, candidate.Length) - FormEnding;
    }

    /// <summary>
    /// The one word of <paramref name="words"/> that <paramref name="word"/> misspells by a single edit, keeping its first
    /// letter, or null: "happend" is "happened" among the words a question asks with, which no story need hold.
    /// </summary>
    public static string? OneEditFrom(string word, IEnumerable<string> words)
    {
        if (word.Length < MisspeltWordLetters || word.Any(char.IsDigit))
        {
            return null;
        }

        var near = words.Where(w => w.Length >= MisspeltWordLetters && w != word && SameStart(word, w) && Distance(word, w, 1) <= 1).Take(2).ToList();
        return near.Count == 1 ? near[0] : null;
    }

    private static bool SameStart(string word, string candidate) =>
        word[0] == candidate[0] || (word[0] == candidate[1] && word[1] == candidate[0]);

    /// <summary>Optimal string alignment distance, or <paramref name="limit"/> + 1 once it must exceed the limit.</summary>
    internal static int Distance(string a, string b, int limit)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var rowBest = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
                rowBest = Math.Min(rowBest, value);
            }

            if (rowBest > limit)
            {
                return limit + 1;
            }
        }

        return d[a.Length, b.Length];
    }
}
