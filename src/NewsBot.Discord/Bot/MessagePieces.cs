using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Discord.Bot;

/// <summary>Splits long text into pieces of at most a given length, at sentence ends, keeping each sentence's <c>[n]</c> markers with it.</summary>
internal static partial class MessagePieces
{
    public static IReadOnlyList<string> Split(string text, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 16);
        var pieces = new List<string>();
        var current = new StringBuilder();
        foreach (var sentence in SentenceEnd().Split(text.Trim()).SelectMany(s => Fit(s, max)))
        {
            if (current.Length > 0 && current.Length + 1 + sentence.Length > max)
            {
                pieces.Add(current.ToString());
                current.Clear();
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(sentence);
        }

        if (current.Length > 0)
        {
            pieces.Add(current.ToString());
        }

        return pieces;
    }

    /// <summary>A sentence longer than <paramref name="max"/> is cut between words (a <c>[n]</c> marker has no space, so it stays whole).</summary>
    private static IEnumerable<string> Fit(string sentence, int max)
    {
        if (sentence.Length <= max)
        {
            yield return sentence;
            yield break;
        }

        var line = new StringBuilder();
        foreach (var word in sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            for (var rest = word; rest.Length > 0;)
            {
                if (line.Length > 0 && line.Length + 1 + rest.Length > max)
                {
                    yield return line.ToString();
                    line.Clear();
                }

                var take = Math.Min(rest.Length, max - line.Length - (line.Length > 0 ? 1 : 0));
                if (line.Length > 0)
                {
                    line.Append(' ');
                }

                line.Append(rest, 0, take);
                rest = rest[take..];
            }
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    /// <summary>The space after a sentence's end (., ! or ?, closing quotes, then its citation markers), unless a marker follows.</summary>
    [GeneratedRegex(@"(?<=[.!?][""'”’)]*(?:\s*\[\d+\])*)\s+(?!\[\d+\])")]
    private static partial Regex SentenceEnd();
}
