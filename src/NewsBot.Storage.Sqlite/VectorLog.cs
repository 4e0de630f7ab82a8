using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NewsBot.Storage.Sqlite;

/// <summary>
/// The <c>vector_log</c> table: the key of each article written or removed, by the generation the write made. The
/// vector file reflects one generation; the log says which articles to read from the rows instead.
/// </summary>
internal static class VectorLog
{
    /// <summary>The vector state of the snapshot <paramref name="transaction"/> reads; null when no embedder is recorded.</summary>
    public static async Task<StoreVectorState?> ReadStateAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, "SELECT key, value FROM meta WHERE key IN ($generation, $floor, $id, $dims)", transaction);
        command.Parameters.AddWithValue("$generation", SqliteSchema.GenerationKey);
        command.Parameters.AddWithValue("$floor", SqliteSchema.VectorLogFloorKey);
        command.Parameters.AddWithValue("$id", SqliteSchema.StoreIdKey);
        command.Parameters.AddWithValue("$dims", SqliteSchema.EmbedderDimensionsKey);
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                values[reader.GetString(0)] = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
            }
        }

        return values.TryGetValue(SqliteSchema.EmbedderDimensionsKey, out var dims)
            ? new StoreVectorState((int)dims, values[SqliteSchema.StoreIdKey], values[SqliteSchema.GenerationKey], values[SqliteSchema.VectorLogFloorKey])
            : null;
    }

    /// <summary>Records that the write which made <paramref name="generation"/> changed the article with <paramref name="articleKey"/>.</summary>
    public static Task RecordAsync(SqliteConnection connection, SqliteTransaction transaction, long generation, long articleKey, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(connection, transaction, "INSERT INTO vector_log (generation, article_key) VALUES ($generation, $key)", cancellationToken,
            ("$generation", generation), ("$key", articleKey));

    /// <summary>Forgets the changes up to <paramref name="generation"/>, which a vector file now holds; a file older than that is then stale.</summary>
    public static Task PruneAsync(SqliteConnection connection, SqliteTransaction transaction, long generation, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(connection, transaction, $"""
            DELETE FROM vector_log WHERE generation <= $generation;
            UPDATE meta SET value = max(value, $generation) WHERE key = '{SqliteSchema.VectorLogFloorKey}';
            """, cancellationToken, ("$generation", generation));

    /// <summary>The keys of the articles written or removed after <paramref name="generation"/>.</summary>
    public static async Task<IReadOnlyList<long>> ChangedSinceAsync(SqliteConnection connection, SqliteTransaction transaction, long generation, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, "SELECT DISTINCT article_key FROM vector_log WHERE generation > $generation", transaction);
        command.Parameters.AddWithValue("$generation", generation);
        var keys = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(reader.GetInt64(0));
        }

        return keys;
    }
}
