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

    /// <summary>Numbers written as words, which count as figures do ("three fishermen", "a dozen shops").</summary>
    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million", "millions",
    };

    /// <summary>Words that count people of one kind ("6,000 fans", "300 residents"), which a count of "people" is given by.</summary>
    private static readonly HashSet<string> KindsOfPeople = new(StringComparer.Ordinal)
    {
        "fans", "spectators", "visitors", "residents", "workers", "employees", "staff", "passengers", "members", "voters",
        "students", "pupils", "children", "adults", "patients", "men", "women", "fishermen", "crew", "crews", "families",
        "inhabitants", "citizens", "tourists", "guests", "attendees", "volunteers", "protesters", "survivors", "victims",
    };

    /// <summary>The words counting kinds of <paramref name="thing"/> that a figure may count it by: people of any kind for "people"; none for anything else.</summary>
    public static IEnumerable<string> KindsOf(string thing) => thing is "people" or "persons" ? KindsOfPeople : [];

    /// <summary>
    /// The thing a "how many" question counts, or null: the first plural among the words after "how many" before a
    /// function word ("new stops", "fans"), the last of plurals in a row ("trams stops"), else the first of them
    /// ("people", "children").
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
            return phrase.TakeWhile(IsPlural).LastOrDefault() ?? phrase.FirstOrDefault(IsPlural) ?? phrase.FirstOrDefault();
        }

        return null;
    }

    /// <summary>
    /// The words describing what a "how many" question counts, before it ("electric" in "how many electric buses", "new"
    /// and "tram" in "how many new tram stops"); empty for any other question.
    /// </summary>
    public static IReadOnlyList<string> Describing(string question)
    {
        if (Of(question) is not { } thing)
        {
            return [];
        }

        var tokens = Terms.Words(question).ToList();
        var start = Enumerable.Range(1, Math.Max(0, tokens.Count - 1)).First(i => tokens[i] == "many" && tokens[i - 1] == "how") + 1;
        var at = tokens.IndexOf(thing, start);
        return at <= start ? [] : tokens[start..at];
    }

    /// <summary>
    /// The words that say what a figure in <paramref name="sentence"/> counts: the one or two after it ("homes" in
    /// "310,000 homes", "new" and "homes" in "310,000 new homes", "turbine" in "a 48-turbine farm", "fishermen" in
    /// "three fishermen").
    /// </summary>
    public static IEnumerable<string> AfterFigures(string sentence) => Figures(sentence).SelectMany(f => f.Counted);

    /// <summary>
    /// Whether <paramref name="sentence"/> could give the count a "how many" question asks for: a figure followed by a
    /// word whose stem is one of <paramref name="stems"/> (what the question counts, or a word meaning it), or a figure
    /// in digits followed by no word that names what it counts ("passed 7 to 4"; neither a year nor "all three were").
    /// </summary>
    /// With <paramref name="bare"/> false, only a figure naming what it counts will do. With <paramref name="asked"/>, the
    /// stems of the question's words, a tally ("voted 7 to 4") counts what the question asks of the verb before it, bare
    /// or not: "how many people voted against the tram", not "how many trams will run on the line".
    public static bool Counts(string sentence, IReadOnlySet<string> stems, bool bare = true, IReadOnlySet<string>? asked = null) =>
        Figures(sentence).Any(f => f.Counted.Count == 0
            ? asked is not null && f.Tallied is not null ? asked.Any(a => AskedVerb.OfFamily(a, Terms.Stem(f.Tallied)))
                : bare && f.Figure.Any(char.IsDigit) && !IsYear(f.Figure)
            : f.Counted.Any(w => stems.Contains(Terms.Stem(w))));

    /// <summary>Whether <paramref name="sentence"/> gives any count: a figure that is neither a year nor a time of day.</summary>
    public static bool GivesAny(string sentence) => Figures(sentence).Any(f => !IsYear(f.Figure));

    /// <summary>
    /// The figures of a sentence, each with the words that say what it counts and, when it opens a tally ("7 to 4"), the
    /// word before it ("voted"; "by" passed over).
    /// </summary>
    private static IEnumerable<(string Figure, IReadOnlyList<string> Counted, string? Tallied)> Figures(string sentence)
    {
        var words = Terms.Words(sentence).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (!IsFigure(words[i]) || (i + 1 < words.Count && IsFigure(words[i + 1])) || IsClockTime(words, i))
            {
                continue;
            }

            // A tally's second figure is the tally's too ("4" of "7 to 4", of "7 votes to 4").
            var start = i >= 2 && words[i - 1] == "to" && IsCount(words[i]) ? (IsCount(words[i - 2]) ? i - 2 : i >= 3 && IsCount(words[i - 3]) ? i - 3 : i) : i;
            var tally = start < i || (i + 2 < words.Count && words[i + 1] == "to" && IsCount(words[i]) && IsCount(words[i + 2]));
            var before = start > 0 && words[start - 1] == "by" ? start - 2 : start - 1;
            yield return (words[i], [.. words.Skip(i + 1).Take(2).TakeWhile(w => !Terms.IsStopWord(w) && !IsFigure(w))], tally && before >= 0 ? words[before] : null);
        }
    }

    /// <summary>Whether the figure at <paramref name="i"/> is a time of day ("leave at 6 am", "at 9 p.m."), which counts nothing.</summary>
    private static bool IsClockTime(List<string> words, int i) =>
        i + 1 < words.Count && (words[i + 1] is "am" or "pm"
            || (i + 2 < words.Count && words[i + 1] is "a" or "p" && words[i + 2] == "m"));

    private static bool IsPlural(string word) => word.Length > 3 && word[^1] == 's' && word[^2] != 's';

    private static bool IsCount(string word) => word.All(char.IsDigit);

    private static bool IsFigure(string word) => word.Any(char.IsDigit) || NumberWords.Contains(word);

    private static bool IsYear(string word) => word.Length == 4 && int.TryParse(word, out var year) && year is >= 1900 and <= 2100;
}

/// <summary>The thing a "how many" question counts and the words after figures in the candidate sentences that mean it.</summary>
internal sealed record CountedWords(string Thing, IReadOnlyList<string> Alike);
