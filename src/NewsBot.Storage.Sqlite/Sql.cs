using System.Globalization;
using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage;

namespace NewsBot.Storage.Sqlite;

/// <summary>Small command helpers and the reads and writes of the <c>meta</c> table.</summary>
internal static class Sql
{
    public static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, sql, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, sql, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var result = await command.ExecuteScalarAsync(cancellationToken);
        return result is DBNull ? null : result;
    }

    public static async Task<EmbedderSignature?> ReadEmbedderAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        string? name = null;
        int? dimensions = null;
        await using var command = Command(connection, "SELECT key, value FROM meta WHERE key IN ($name, $dims)", transaction);
        command.Parameters.AddWithValue("$name", SqliteSchema.EmbedderNameKey);
        command.Parameters.AddWithValue("$dims", SqliteSchema.EmbedderDimensionsKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.GetString(0) == SqliteSchema.EmbedderNameKey)
            {
                name = reader.GetString(1);
            }
            else
            {
                dimensions = reader.GetInt32(1);
            }
        }

        return name is not null && dimensions is not null ? new EmbedderSignature(name, dimensions.Value) : null;
    }

    public static Task WriteEmbedderAsync(SqliteConnection connection, SqliteTransaction transaction, EmbedderSignature embedder, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, "INSERT OR REPLACE INTO meta (key, value) VALUES ($nk, $name), ($dk, $dims)", cancellationToken,
            ("$nk", SqliteSchema.EmbedderNameKey), ("$name", embedder.Name), ("$dk", SqliteSchema.EmbedderDimensionsKey), ("$dims", embedder.Dimensions));

    public static async Task<long> ReadGenerationAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken) =>
        Convert.ToInt64(await ScalarAsync(connection, transaction, $"SELECT value FROM meta WHERE key = '{SqliteSchema.GenerationKey}'", cancellationToken), CultureInfo.InvariantCulture);

    /// <summary>Marks a change, so other processes using the file know their vector cache is stale; returns the new generation.</summary>
    public static async Task<long> BumpGenerationAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken) =>
        Convert.ToInt64(await ScalarAsync(connection, transaction, $"UPDATE meta SET value = value + 1 WHERE key = '{SqliteSchema.GenerationKey}' RETURNING value", cancellationToken), CultureInfo.InvariantCulture);

    /// <summary>Removes an article's chunks from the FTS index, the vectors and the chunk table (the article row stays).</summary>
    public static async Task DeleteChunksAsync(SqliteConnection connection, SqliteTransaction transaction, long articleKey, CancellationToken cancellationToken)
    {
        (string, object?)[] range = [("$first", ChunkRowId.Of(articleKey, 0)), ("$last", ChunkRowId.Of(articleKey, ChunkRowId.MaxPosition))];
        await ExecuteAsync(connection, transaction, "DELETE FROM chunks_fts WHERE rowid BETWEEN $first AND $last", cancellationToken, range);
        await ExecuteAsync(connection, transaction, "DELETE FROM chunk_vectors WHERE id BETWEEN $first AND $last", cancellationToken, range);
        await ExecuteAsync(connection, transaction, "DELETE FROM chunks WHERE id BETWEEN $first AND $last", cancellationToken, range);
    }

    /// <summary>The article's key, or null when it is not stored.</summary>
    public static async Task<long?> ArticleKeyAsync(SqliteConnection connection, SqliteTransaction transaction, string articleId, CancellationToken cancellationToken) =>
        await ScalarAsync(connection, transaction, "SELECT key FROM articles WHERE id = $id", cancellationToken, ("$id", articleId)) as long?;
}
