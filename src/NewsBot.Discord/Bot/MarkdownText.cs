using System.Text;

namespace NewsBot.Discord.Bot;

/// <summary>Makes text safe to echo in a Discord message: markdown shown as typed, mentions that cannot ping or look like pings.</summary>
internal static class MarkdownText
{
    private const char ZeroWidthSpace = '\u200B';

    /// <summary>Backslash-escapes the characters Discord's markdown reads, and neutralises mentions.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '~' or '`' or '|' or '[' or ']' or '(' or ')' or '>' or '#' or '<')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return Neutralise(escaped.ToString());
    }

    /// <summary>
    /// Breaks <c>@everyone</c>, <c>@here</c> and user, role and channel mentions (<c>&lt;@…&gt;</c>, <c>&lt;@&amp;…&gt;</c>) with a
    /// zero-width space, so echoed text neither pings nor renders as a mention; <c>allowed_mentions</c> already stops the ping.
    /// </summary>
    public static string Neutralise(string text) => text
        .Replace("@everyone", "@" + ZeroWidthSpace + "everyone", StringComparison.OrdinalIgnoreCase)
        .Replace("@here", "@" + ZeroWidthSpace + "here", StringComparison.OrdinalIgnoreCase)
        .Replace("<@", "<@" + ZeroWidthSpace, StringComparison.Ordinal)
        .Replace("<#", "<#" + ZeroWidthSpace, StringComparison.Ordinal);

    /// <summary>A link target Discord's <c>[text](url)</c> cannot be broken out of.</summary>
    public static string LinkTarget(string url) => url
        .Replace(" ", "%20", StringComparison.Ordinal)
        .Replace("(", "%28", StringComparison.Ordinal)
        .Replace(")", "%29", StringComparison.Ordinal);

    /// <summary>Cuts <paramref name="text"/> to <paramref name="max"/> characters, ending with an ellipsis when cut.</summary>
    public static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
