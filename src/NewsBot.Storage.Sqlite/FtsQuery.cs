namespace NewsBot.Storage.Sqlite;

/// <summary>Turns search terms into FTS5 phrases, each quoted so that no term is read as query syntax, and ORs them.</summary>
internal static class FtsQuery
{
    private const int MaxTerms = 64;

    /// <summary>One quoted FTS5 string per distinct term holding a letter or digit; empties and punctuation-only terms are dropped.</summary>
    public static IReadOnlyList<string> Phrases(IReadOnlyList<string> terms)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var phrases = new List<string>();
        foreach (var raw in terms)
        {
            var term = raw?.Trim();
            if (string.IsNullOrEmpty(term) || !term.Any(char.IsLetterOrDigit) || !seen.Add(term))
            {
                continue;
            }

            // An FTS5 string: double quotes around, inner double quotes doubled. Inside it, AND/OR/NOT/NEAR, '*', '-', '^'
            // and ':' are plain text, which the tokenizer splits into a phrase.
            phrases.Add('"' + term.Replace("\"", "\"\"", StringComparison.Ordinal) + '"');
            if (phrases.Count == MaxTerms)
            {
                break;
            }
        }

        return phrases;
    }

    /// <summary>A MATCH expression for chunks containing any of the phrases.</summary>
    public static string AnyOf(IEnumerable<string> phrases) => string.Join(" OR ", phrases);
}
