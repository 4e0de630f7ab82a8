using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NewsBot.Storage.Sqlite;

/// <summary>
/// How many chunks hold a search phrase, read from FTS5's own vocabulary (an <c>fts5vocab</c> table in 'row' mode over
/// <c>chunks_fts</c>, made in each connection's temporary schema, so the file is not changed): the index already keeps
/// each term's document list, and reading its length is far cheaper than matching and counting the chunks.
/// </summary>
internal static class FtsVocabulary
{
    private const string EnsureSql = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.chunks_fts_terms USING fts5vocab(main, 'chunks_fts', 'row')";
    private const string DocumentsSql = "SELECT doc FROM temp.chunks_fts_terms WHERE term = $term";
    private const string MatchCountSql = "SELECT count(*) FROM (SELECT 1 FROM chunks_fts WHERE chunks_fts MATCH $phrase LIMIT $cap)";

    /// <summary>
    /// The number of chunks holding each of <paramref name="phrases"/> (quoted FTS5 strings as <see cref="FtsQuery"/> makes
    /// them). A phrase the tokenizer would split into several tokens is counted by matching, up to <paramref name="cap"/>.
    /// </summary>
    public static async Task<long[]> DocumentCountsAsync(SqliteConnection connection, IReadOnlyList<string> phrases, long cap, CancellationToken cancellationToken)
    {
        var counts = new long[phrases.Count];
        SqliteCommand? documents = null, matches = null;
        try
        {
            for (var i = 0; i < phrases.Count; i++)
            {
                if (SingleToken(phrases[i]) is { } term)
                {
                    documents ??= await DocumentsCommandAsync(connection, cancellationToken);
                    documents.Parameters[0].Value = term;
                    counts[i] = await documents.ExecuteScalarAsync(cancellationToken) is { } found and not DBNull
                        ? Convert.ToInt64(found, CultureInfo.InvariantCulture)
                        : 0;
                }
                else
                {
                    matches ??= MatchCommand(connection, cap);
                    matches.Parameters[0].Value = phrases[i];
                    counts[i] = Convert.ToInt64(await matches.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
                }
            }
        }
        finally
        {
            documents?.Dispose();
            matches?.Dispose();
        }

        return counts;
    }

    /// <summary>
    /// The term inside a quoted phrase when the table's tokenizer (unicode61, '.' and ',' kept inside tokens, case folded)
    /// reads it as one token exactly as written; null otherwise.
    /// </summary>
    private static string? SingleToken(string phrase)
    {
        if (phrase.Length < 3 || phrase[0] != '"' || phrase[^1] != '"')
        {
            return null;
        }

        var term = phrase[1..^1];
        foreach (var c in term)
        {
            var plain = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or ',';
            var lowerLetter = !char.IsAscii(c) && char.IsLetter(c) && char.ToLowerInvariant(c) == c;
            if (!plain && !lowerLetter)
            {
                return null;
            }
        }

        return term;
    }

    private static async Task<SqliteCommand> DocumentsCommandAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using (var ensure = Sql.Command(connection, EnsureSql))
        {
            await ensure.ExecuteNonQueryAsync(cancellationToken);
        }

        var command = Sql.Command(connection, DocumentsSql);
        command.Parameters.Add("$term", SqliteType.Text);
        return command;
    }

    private static SqliteCommand MatchCommand(SqliteConnection connection, long cap)
    {
        var command = Sql.Command(connection, MatchCountSql);
        command.Parameters.Add("$phrase", SqliteType.Text);
        command.Parameters.AddWithValue("$cap", cap);
        return command;
    }
}
