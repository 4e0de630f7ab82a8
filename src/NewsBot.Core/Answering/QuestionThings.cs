using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>
/// The things a question asks about among some of its words: those standing within two words after a determiner, a
/// possessive or "of" ("the new airport", "the price of bitcoin", "a ferry ticket"; not after "that", which as often
/// starts a clause: "the boat that went down"). Most verbs and adverbs ("went down", "how long") are left out: a story
/// words those its own way without being about something else. A verb right after its subject ("did the council
/// decide") is taken for a thing: without a tagger the two cannot be told apart, and it is then checked by meaning.
/// </summary>
internal static class QuestionThings
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "their", "his", "her", "its", "our", "my", "your", "this", "these", "those", "of", "any",
    };

    /// <summary>Question nouns that ask for the answer rather than name what it is about.</summary>
    private static readonly HashSet<string> AskingNouns = new(StringComparer.Ordinal)
    {
        "name", "number", "amount", "kind", "type", "way", "time", "day", "date", "year", "reason", "place", "person", "people", "thing",
    };

    public static IReadOnlyList<string> Among(string question, IReadOnlyCollection<string> words)
    {
        var tokens = Terms.Words(question).ToList();
        var things = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var afterOpener = (i >= 1 && Openers.Contains(tokens[i - 1])) || (i >= 2 && Openers.Contains(tokens[i - 2]));
            if (afterOpener && words.Contains(tokens[i]) && !AskingNouns.Contains(tokens[i]) && !things.Contains(tokens[i]))
            {
                things.Add(tokens[i]);
            }
        }

        return things;
    }
}
