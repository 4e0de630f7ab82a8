using System.Text.RegularExpressions;
using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>
/// How a question describes what it asks for: in "Which US state is considering…" or "in which South Asian country",
/// the names after "which" ("US", "South Asian") and the noun they lead to ("state", "country"). A story naming the
/// answer (Massachusetts, Nepal) need not repeat those names, but it must speak of that kind of thing: a story with
/// no volcano in it does not answer "Which Icelandic volcano…". So too a name owning the answer: in "Which is the US’
/// favorite dog breed, according to…" the name "US" and the noun its phrase ends in ("breed"); a report from the country
/// says "the country's favored dog breed".
/// </summary>
/// <param name="Names">The names describing the answer, as <see cref="QuestionNames"/> words them.</param>
/// <param name="Kind">The noun those names lead to, or null when none follows.</param>
internal sealed partial record AnswerDescription(IReadOnlySet<string> Names, string? Kind)
{
    private static readonly HashSet<string> Asking = new(StringComparer.OrdinalIgnoreCase) { "which", "what" };

    private static readonly HashSet<string> Being = new(StringComparer.OrdinalIgnoreCase) { "is", "are", "was", "were" };

    /// <summary>How many words the phrase a name owns may run to ("most popular dog breed").</summary>
    private const int PhraseWords = 5;

    public static AnswerDescription Of(string question)
    {
        var tokens = question.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = Array.FindIndex(tokens, t => Asking.Contains(t));
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (start < 0)
        {
            return new AnswerDescription(names, null);
        }

        if (Owner(tokens, start) is { } owned)
        {
            return owned;
        }

        for (var i = start + 1; i < tokens.Length; i++)
        {
            var token = tokens[i].TrimStart('"', '“', '‘', '\'', '(');
            if (token.Length > 1 && char.IsUpper(token[0]))
            {
                names.UnionWith(Terms.Words(token));
                continue;
            }

            var kind = names.Count > 0 ? Terms.Words(token).FirstOrDefault() : null;
            return new AnswerDescription(names, kind);
        }

        return new AnswerDescription(names, null);
    }

    /// <summary>
    /// "Which is the US’ favorite dog breed": after "which/what is (the)", names written as owners ("US’", "Britain's")
    /// and the last word of the phrase they own, up to a stop word or punctuation; null when the question is not so
    /// worded.
    /// </summary>
    private static AnswerDescription? Owner(string[] tokens, int start)
    {
        var i = start + 1;
        if (i >= tokens.Length || !Being.Contains(tokens[i]))
        {
            return null;
        }

        i += i + 1 < tokens.Length && tokens[i + 1].Equals("the", StringComparison.OrdinalIgnoreCase) ? 2 : 1;
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (; i < tokens.Length && char.IsUpper(tokens[i][0]) && Possessive().IsMatch(tokens[i]); i++)
        {
            names.UnionWith(Terms.Words(Possessive().Replace(tokens[i], string.Empty)));
        }

        string? kind = null;
        for (var end = Math.Min(tokens.Length, i + PhraseWords); i < end; i++)
        {
            var word = Terms.Words(tokens[i]).FirstOrDefault();
            if (word is null || char.IsUpper(tokens[i][0]) || (kind is not null && Terms.IsStopWord(word)))
            {
                break;
            }

            kind = Terms.IsStopWord(word) ? kind : word;
            if (!char.IsLetter(tokens[i][^1]))
            {
                break;
            }
        }

        return names.Count == 0 || kind is null ? null : new AnswerDescription(names, kind);
    }

    /// <summary>Whether <paramref name="name"/> only describes the answer in an article that speaks of its kind (<paramref name="stems"/>).</summary>
    public bool Excuses(string name, IReadOnlySet<string> stems) =>
        Kind is not null && Names.Contains(name) && stems.Contains(Terms.Stem(Kind));

    [GeneratedRegex(@"(['’]s?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();
}
