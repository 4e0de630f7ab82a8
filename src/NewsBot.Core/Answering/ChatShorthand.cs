using System.Text.RegularExpressions;

namespace NewsBot.Core.Answering;

/// <summary>
/// A question as typed in a chat, read as meant: the "@newsbot" it opens with addresses the bot, and the shorthand
/// chat writers use ("ppl", "u", "govt", "exec") stands for the word. Without this, "can u tell me who the chief exec of
/// Lumen Robotics is" asked about a thing "u" that no story holds. Shorthand is typed in lower case and stands alone:
/// "Ur" and "U-boat" are words.
/// </summary>
internal static partial class ChatShorthand
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["u"] = "you", ["ur"] = "your", ["r"] = "are", ["ppl"] = "people", ["govt"] = "government", ["gov't"] = "government",
        ["exec"] = "executive", ["execs"] = "executives", ["dept"] = "department", ["abt"] = "about", ["b4"] = "before",
        ["tmrw"] = "tomorrow", ["tmr"] = "tomorrow", ["yday"] = "yesterday", ["wk"] = "week", ["wks"] = "weeks",
        ["yr"] = "year", ["yrs"] = "years", ["hrs"] = "hours", ["mins"] = "minutes", ["bc"] = "because", ["cuz"] = "because",
        ["pls"] = "please", ["plz"] = "please", ["w/"] = "with", ["thru"] = "through", ["tho"] = "though", ["rn"] = "right now",
    };

    /// <summary>The question without the mentions it opens with and with its chat shorthand written out.</summary>
    public static string Mend(string question)
    {
        var unaddressed = Mention().Replace(question, string.Empty);
        return Word().Replace(unaddressed.Length > 0 ? unaddressed : question, m => Words.TryGetValue(m.Value, out var word) ? word : m.Value);
    }

    [GeneratedRegex(@"^\s*(?:@[\w.-]+[,:]?\s+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();

    [GeneratedRegex(@"(?<![\w'’@-])(?:gov't|w/|[a-z0-9]+)(?![\w'’-])", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
