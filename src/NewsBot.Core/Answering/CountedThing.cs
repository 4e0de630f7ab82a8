using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>
/// What a "how many" question counts ("how many households can the farm supply" counts households), and the words
/// that follow a figure in a sentence ("enough for 310,000 homes"), which may name the same thing in other words.
/// </summary>
internal static class CountedThing
{
    /// <summary>How many words after "how many" may describe what is counted ("how many new stops").</summary>
    private const int PhraseWords = 3;

    /// <summary>
    /// The thing a "how many" question counts, or null: the first plural among the words after "how many" before a
    /// function word ("new stops", "fans"), else the first of them ("people", "children").
    /// </summary>
    public static string? Of(string question)
    {
        var tokens = Terms.Words(question).ToList();
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (tokens[i] != "many" || tokens[i - 1] != "how")
            {
                continue;
            }

            var phrase = tokens.Skip(i + 1).TakeWhile(t => !Terms.IsStopWord(t) && !t.Any(char.IsDigit)).Take(PhraseWords).ToList();
            return phrase.FirstOrDefault(w => w.Length > 3 && w[^1] == 's' && w[^2] != 's') ?? phrase.FirstOrDefault();
        }

        return null;
    }

    /// <summary>
    /// The words that say what a figure in <paramref name="sentence"/> counts: the one or two after it ("homes" in
    /// "310,000 homes", "new" and "homes" in "310,000 new homes", "turbine" in "a 48-turbine farm").
    /// </summary>
    public static IEnumerable<string> AfterFigures(string sentence)
    {
        var words = Terms.Words(sentence).ToList();
        for (var i = 1; i < words.Count; i++)
        {
            if (!words[i - 1].Any(char.IsDigit) || words[i].Any(char.IsDigit))
            {
                continue;
            }

            foreach (var word in words.Skip(i).Take(2).TakeWhile(w => !Terms.IsStopWord(w) && !w.Any(char.IsDigit)))
            {
                yield return word;
            }
        }
    }
}

/// <summary>The thing a "how many" question counts and the words after figures in the candidate sentences that mean it.</summary>
internal sealed record CountedWords(string Thing, IReadOnlyList<string> Alike);
