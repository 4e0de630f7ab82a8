using System.Text.RegularExpressions;

namespace NewsBot.Core.Answering;

/// <summary>
/// A question as typed in a chat, read as meant: the "@newsbot" it opens with addresses the bot, and the shorthand
/// chat writers use ("ppl", "u", "govt", "exec") stands for the word. Without this, "can u tell me who the chief exec of
/// Lumen Robotics is" asked about a thing "u" that no story holds. Shorthand is typed in lower case and stands alone:
/// "Ur" and "U-boat" are words. A shortened word typed without its apostrophe ("whats", "didnt") is that word, at the
/// start of a sentence too ("Whats the latest on the tram"), where "whats" would otherwise be a thing no story holds.
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
        ["reno"] = "renovation", ["renos"] = "renovations", ["ok'd"] = "approved", ["okd"] = "approved", ["okayed"] = "approved",
    };

    private static readonly Dictionary<string, string> Shortened = new(StringComparer.Ordinal)
    {
        ["whats"] = "what's", ["whos"] = "who's", ["wheres"] = "where's", ["hows"] = "how's", ["whens"] = "when's",
        ["thats"] = "that's", ["theres"] = "there's", ["dont"] = "don't", ["didnt"] = "didn't", ["doesnt"] = "doesn't",
        ["isnt"] = "isn't", ["wasnt"] = "wasn't", ["werent"] = "weren't", ["arent"] = "aren't", ["wont"] = "won't",
        ["cant"] = "can't", ["couldnt"] = "couldn't", ["wouldnt"] = "wouldn't", ["shouldnt"] = "shouldn't",
        ["hasnt"] = "hasn't", ["havent"] = "haven't", ["hadnt"] = "hadn't", ["im"] = "I'm", ["ive"] = "I've",
        ["youre"] = "you're", ["theyre"] = "they're",
    };

    /// <summary>The question without the mentions it opens with and with its chat shorthand written out.</summary>
    public static string Mend(string question)
    {
        var unaddressed = Mention().Replace(question, string.Empty);
        return Word().Replace(unaddressed.Length > 0 ? unaddressed : question, m => Written(m.Value));
    }

    private static string Written(string typed)
    {
        if (Words.TryGetValue(typed, out var word) || Shortened.TryGetValue(typed, out word))
        {
            return word;
        }

        // "Ive" capitalised is a name (Jony Ive), not "I've".
        return char.IsUpper(typed[0]) && Shortened.TryGetValue(typed.ToLowerInvariant(), out var shortened) && shortened[0] != 'I'
            ? char.ToUpperInvariant(shortened[0]) + shortened[1..]
            : typed;
    }

    [GeneratedRegex(@"^\s*(?:@[\w.-]+[,:]?\s+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();

    [GeneratedRegex(@"(?<![\w'’@-])(?:gov't|ok'd|w/|[A-Za-z0-9][a-z0-9]*)(?![\w'’-])", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
