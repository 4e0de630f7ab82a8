namespace NewsBot.Core.Text;

/// <summary>
/// Corrects a misspelt word against the words of a vocabulary: the closest word by edit distance (adjacent swaps
/// count as one edit) within one edit for short words and two for long ones, preferring the most frequent. A typo
/// seldom touches the first letter, so a correction keeps it (or swaps it with the second): "drivers" is not read as
/// "rovers", nor "sank" as "bank".
/// </summary>
public static class Spelling
{
    /// <summary>The correction of <paramref name="word"/>, or null when no vocabulary word is close enough.</summary>
    public static string? Correct(string word, IReadOnlyDictionary<string, int> vocabulary)
    {
        if (word.Length < 4 || word.Any(char.IsDigit))
        {
            return null;
        }

        var budget = word.Length >= 7 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestCount = 0;
        foreach (var (candidate, count) in vocabulary)
        {
            if (Math.Abs(candidate.Length - word.Length) > budget || candidate.Length < 3 || !SameStart(word, candidate) || Terms.IsStopWord(candidate))
            {
                continue;
            }

            var distance = Distance(word, candidate, budget);
            if (distance <= budget && (distance < bestDistance || (distance == bestDistance && count > bestCount)))
            {
                (best, bestDistance, bestCount) = (candidate, distance, count);
            }
        }

        return best;
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
