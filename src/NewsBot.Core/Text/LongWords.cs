using System.Text;

namespace NewsBot.Core.Text;

/// <summary>
/// Breaks runs of characters without whitespace that are longer than any word (a base64 blob, a line of dashes, a
/// page of one character) into pieces of <see cref="MaxLength"/> characters. Tokenisers cost time in the square of
/// such a run's length (a 1 MB run takes the cl100k tokeniser over 18 minutes); broken, the same text takes milliseconds.
/// </summary>
public static class LongWords
{
    /// <summary>The longest run of non-whitespace characters left whole; longer than any word and most links.</summary>
    public const int MaxLength = 64;

    /// <summary>
    /// <paramref name="text"/> with a space inserted after every <see cref="MaxLength"/> characters of a longer run of
    /// non-whitespace characters; the same instance when it has no such run, which is the case for ordinary prose.
    /// </summary>
    public static string Break(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstLongRun(text);
        if (first < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + (text.Length / MaxLength));
        result.Append(text, 0, first);
        var run = 0;
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                run = 0;
            }
            else if (run == MaxLength && !char.IsLowSurrogate(c))
            {
                result.Append(' ');
                run = 0;
            }

            result.Append(c);
            if (!char.IsWhiteSpace(c))
            {
                run++;
            }
        }

        return result.ToString();
    }

    /// <summary>Where the first run longer than <see cref="MaxLength"/> starts, or -1.</summary>
    private static int FirstLongRun(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                start = i + 1;
            }
            else if (i - start >= MaxLength)
            {
                return start;
            }
        }

        return -1;
    }
}
