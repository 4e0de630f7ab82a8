using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>
/// The names in a question: its words written with a capital letter anywhere but at the start of a sentence. Capitalised
/// words in a row are one name ("United Kingdom", "Fox News"); an acronym with full stops is one word ("U.S." is "us");
/// single letters and figures ("K-12") are not names.
/// </summary>
internal static class QuestionNames
{
    private static readonly char[] Marks = ['"', '“', '”', '‘', '’', '\'', '(', ')', ',', '.', '?', '!', ':', ';'];

    /// <summary>Days and months: a question's time, which retrieval's window handles, not a name a report must repeat.</summary>
    private static readonly HashSet<string> Calendar = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    };

    /// <summary>Whether a word names a day of the week or a month.</summary>
    public static bool IsCalendar(string word) => Calendar.Contains(word);

    /// <summary>Every word of every name.</summary>
    public static IReadOnlySet<string> Of(string question) =>
        Parse(question).SelectMany(name => name.Words).ToHashSet(StringComparer.Ordinal);

    /// <summary>The names a report answering the question should hold, each as its words; days and months left out.</summary>
    public static IReadOnlyList<QuestionName> Groups(string question) =>
        [.. Parse(question)
            .Select(name => new QuestionName([.. name.Words.Where(w => !Calendar.Contains(w))]))
            .Where(name => name.Words.Count > 0)];

    /// <summary>
    /// The words of a question written without capitals ("who is the manager of millbrook rovers") that
    /// <paramref name="texts"/> write only as names: always with a capital, at least once inside a sentence or before
    /// another capital ("Millbrook Rovers won"). Empty when the question writes names itself.
    /// </summary>
    public static IReadOnlySet<string> WrittenAsNames(string question, IEnumerable<string> texts)
    {
        if (Parse(question).Count > 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var capitalised = new HashSet<string>(StringComparer.Ordinal);
        var plain = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < tokens.Length; i++)
            {
                var word = tokens[i].Trim(Marks);
                if (word.Length < 2)
                {
                    continue;
                }

                var lower = word.ToLowerInvariant();
                if (!char.IsUpper(word[0]))
                {
                    plain.Add(lower);
                }
                else if ((i > 0 && tokens[i - 1][^1] is not ('.' or '?' or '!' or ':')) || (i + 1 < tokens.Length && char.IsUpper(tokens[i + 1][0])))
                {
                    capitalised.Add(lower);
                    if (i + 1 < tokens.Length && char.IsUpper(tokens[i + 1][0]) && char.IsLetter(tokens[i][^1]))
                    {
                        pairs.Add(lower + " " + tokens[i + 1].Trim(Marks).ToLowerInvariant());
                    }
                }
            }
        }

        // "port ellery": a word the stories also write plainly ("its port") is part of a name beside one they never do.
        var words = Terms.Words(question).ToList();
        bool OnlyName(string w) => capitalised.Contains(w) && !plain.Contains(w);
        var paired = Enumerable.Range(0, Math.Max(0, words.Count - 1))
            .Where(i => pairs.Contains(words[i] + " " + words[i + 1]) && (OnlyName(words[i]) || OnlyName(words[i + 1])))
            .SelectMany(i => new[] { words[i], words[i + 1] });
        return words.Where(OnlyName).Concat(paired).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The names of a question written without capitals ("how much do the robots made by lumen cost"), as
    /// <see cref="WrittenAsNames"/> finds them in <paramref name="texts"/>: words in a row are one name ("skerry islands").
    /// Empty when the question has a capital anywhere: its writer capitalises, so a word without one is no name
    /// ("Which country passed a bill, banning the sale of tobacco for today's teens" names no "Today").
    /// </summary>
    public static IReadOnlyList<QuestionName> WrittenAsNameGroups(string question, IEnumerable<string> texts)
    {
        var written = question.Any(char.IsUpper) ? new HashSet<string>() : WrittenAsNames(question, texts);
        var groups = new List<QuestionName>();
        var current = new List<string>();
        foreach (var word in Terms.Words(question).Append(string.Empty))
        {
            if (written.Contains(word) && !Calendar.Contains(word))
            {
                current.Add(word);
            }
            else
            {
                Close(groups, current);
            }
        }

        return groups;
    }

    private static List<QuestionName> Parse(string question)
    {
        var names = new List<QuestionName>();
        var current = new List<string>();
        var tokens = question.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < tokens.Length; i++)
        {
            var previous = tokens[i - 1];
            var token = tokens[i].TrimStart('"', '“', '‘', '\'', '(');
            var dotted = Acronyms.Of(previous).Any();
            var continues = current.Count > 0 && (char.IsLetterOrDigit(previous[^1]) || dotted);
            if (!continues)
            {
                Close(names, current);
            }

            if (token.Length > 1 && char.IsUpper(token[0]) && (dotted || previous[^1] is not ('.' or '?' or '!' or ':')))
            {
                current.AddRange(WordsOf(token));
                if (token.Split('-')[^1] is { Length: > 0 } last && !char.IsUpper(last[0]) && !char.IsDigit(last[0]))
                {
                    // "British-born": the name ends where the compound turns into an ordinary word.
                    Close(names, current);
                }
            }
            else
            {
                Close(names, current);
            }
        }

        Close(names, current);
        return names;
    }

    /// <summary>The name words of a token: an acronym with full stops as one word; of a compound, its capitalised parts.</summary>
    private static IEnumerable<string> WordsOf(string token)
    {
        var acronym = Acronyms.Of(token).FirstOrDefault();
        return acronym is not null
            ? [acronym]
            : token.Split('-')
                .Where(part => part.Length > 0 && char.IsUpper(part[0]))
                .SelectMany(Terms.Words)
                .Where(w => w.Length > 1 && !w.All(char.IsDigit));
    }

    private static void Close(List<QuestionName> names, List<string> current)
    {
        if (current.Count > 0)
        {
            names.Add(new QuestionName([.. current.Distinct(StringComparer.Ordinal)]));
            current.Clear();
        }
    }
}

/// <summary>One name of a question, as its lower-case words ("united", "kingdom").</summary>
internal sealed record QuestionName(IReadOnlyList<string> Words)
{
    /// <summary>The initials a report may write the name as ("uk" for United Kingdom); null for a one-word name.</summary>
    public string? Initials => Words.Count >= 2 ? string.Concat(Words.Select(w => w[0])) : null;
}
