using NewsBot.Core.Text;

namespace NewsBot.Storage.Sqlite;

/// <summary>
/// Turns search words into FTS5 strings of their terms as Core's <see cref="TextAnalyzer"/> gives them (the index holds
/// the same terms), each quoted so that no term is read as query syntax, and ORs them.
/// </summary>
internal static class FtsQuery
{
    private const int MaxTerms = 64;

    /// <summary>One quoted FTS5 string per distinct analyzed term; words that analyze to nothing (stop words, punctuation) are dropped.</summary>
    public static IReadOnlyList<string> Phrases(IReadOnlyList<string> words)
    {
        var phrases = new List<string>();
        foreach (var term in TextAnalyzer.QueryTerms(words))
        {
            // An FTS5 string: double quotes around, inner double quotes doubled. Inside it, AND/OR/NOT/NEAR, '*', '-', '^'
            // and ':' are plain text, which the tokenizer splits as it split the indexed terms.
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
