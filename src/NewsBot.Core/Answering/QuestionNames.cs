using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>The names in a question: its words written with a capital letter anywhere but at the start of a sentence.</summary>
internal static class QuestionNames
{
    public static IReadOnlySet<string> Of(string question)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var tokens = question.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < tokens.Length; i++)
        {
            var previous = tokens[i - 1];
            var token = tokens[i].TrimStart('"', '“', '‘', '\'', '(');
            if (token.Length > 1 && char.IsUpper(token[0]) && previous[^1] is not ('.' or '?' or '!' or ':'))
            {
                names.UnionWith(Terms.Words(token));
            }
        }

        return names;
    }
}
