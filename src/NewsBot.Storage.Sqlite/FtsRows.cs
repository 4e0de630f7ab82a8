using Microsoft.Data.Sqlite;
using NewsBot.Core.Text;

namespace NewsBot.Storage.Sqlite;

/// <summary>Rows of the FTS index: a chunk's and its title's terms as Core's <see cref="TextAnalyzer"/> gives them.</summary>
internal static class FtsRows
{
    private const string InsertSql = "INSERT INTO chunks_fts (rowid, text, title) VALUES ($rowId, $terms, $titleTerms)";

    /// <summary>The analyzed terms of <paramref name="text"/>, space-separated, repeats kept (BM25 counts them).</summary>
    public static string Terms(string text) => string.Join(' ', TextAnalyzer.Analyze(text));

    public static SqliteCommand InsertCommand(SqliteConnection connection, SqliteTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = InsertSql;
        command.Parameters.Add("$rowId", SqliteType.Integer);
        command.Parameters.Add("$terms", SqliteType.Text);
        command.Parameters.Add("$titleTerms", SqliteType.Text);
        return command;
    }

    public static void Bind(SqliteCommand insert, long rowId, string terms, string titleTerms)
    {
        insert.Parameters["$rowId"].Value = rowId;
        insert.Parameters["$terms"].Value = terms;
        insert.Parameters["$titleTerms"].Value = titleTerms;
    }
}
