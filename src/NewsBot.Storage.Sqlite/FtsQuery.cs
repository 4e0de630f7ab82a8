using System.Text;

namespace NewsBot.Storage.Sqlite;

/// <summary>Builds an FTS5 MATCH expression that ORs search terms, each quoted so no term is read as syntax.</summary>
internal static class FtsQuery
{
    private const int MaxTerms = 64;

    /// <summary>The expression, or null when no term holds a letter or digit.</summary>
    public static string? Build(IReadOnlyList<string> terms)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var builder = new StringBuilder();
        foreach (var raw in terms)
        {
            var term = raw?.Trim();
            if (string.IsNullOrEmpty(term) || !term.Any(char.IsLetterOrDigit) || !seen.Add(term))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(" OR ");
            }

            // An FTS5 string: double quotes around, inner double quotes doubled. Inside it, AND/NOT/NEAR, '*', '-'
            // and ':' are plain text that the tokenizer splits into a phrase.
            builder.Append('"').Append(term.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            if (seen.Count == MaxTerms)
            {
                break;
            }
        }

        return builder.Length == 0 ? null : builder.ToString();
    }
}
