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

    /// <summary>Number words: a figure, not a thing ("a five-year project").</summary>
    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "hundred", "thousand", "million", "billion",
    };

    public static IReadOnlyList<string> Among(string question, IReadOnlyCollection<string> words) => Find(question, words, headsOnly: false);

    /// <summary>
    /// The things among <paramref name="words"/> that end their phrase ("the mayor of", "the bus drivers in"): the noun a
    /// phrase is about, not a word describing it ("the highest honours") nor a verb after its subject ("the series
    /// arrived on"), which a story may leave out while reporting the same thing.
    /// </summary>
    public static IReadOnlyList<string> HeadsAmong(string question, IReadOnlyCollection<string> words) => Find(question, words, headsOnly: true);

    private static List<string> Find(string question, IReadOnlyCollection<string> words, bool headsOnly)
    {
        var tokens = Terms.Words(question).ToList();
        var things = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var afterOpener = (i >= 1 && Openers.Contains(tokens[i - 1])) || (i >= 2 && Openers.Contains(tokens[i - 2]));
            if (!afterOpener || !words.Contains(token) || AskingNouns.Contains(token) || things.Contains(token))
            {
                continue;
            }

            var endsPhrase = i == tokens.Count - 1 || Terms.IsStopWord(tokens[i + 1]);
            var verbForm = token.EndsWith("ed", StringComparison.Ordinal) || token.EndsWith("ing", StringComparison.Ordinal);
            if (!headsOnly || (endsPhrase && !verbForm && !NumberWords.Contains(token)))
            {
                things.Add(token);
            }
        }

        return things;
    }
}
