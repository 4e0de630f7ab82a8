using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>
/// How a question describes what it asks for: in "Which US state is considering…" or "in which South Asian country",
/// the names after "which" ("US", "South Asian") and the noun they lead to ("state", "country"). A story naming the
/// answer (Massachusetts, Nepal) need not repeat those names, but it must speak of that kind of thing: a story with
/// no volcano in it does not answer "Which Icelandic volcano…".
/// </summary>
/// <param name="Names">The names describing the answer, as <see cref="QuestionNames"/> words them.</param>
/// <param name="Kind">The noun those names lead to, or null when none follows.</param>
internal sealed record AnswerDescription(IReadOnlySet<string> Names, string? Kind)
{
    private static readonly HashSet<string> Asking = new(StringComparer.OrdinalIgnoreCase) { "which", "what" };

    public static AnswerDescription Of(string question)
    {
        var tokens = question.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = Array.FindIndex(tokens, t => Asking.Contains(t));
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (start < 0)
        {
            return new AnswerDescription(names, null);
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

    /// <summary>Whether <paramref name="name"/> only describes the answer in an article that speaks of its kind (<paramref name="stems"/>).</summary>
    public bool Excuses(string name, IReadOnlySet<string> stems) =>
        Kind is not null && Names.Contains(name) && stems.Contains(Terms.Stem(Kind));
}
