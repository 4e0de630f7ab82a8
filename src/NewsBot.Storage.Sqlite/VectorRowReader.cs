using Microsoft.Data.Sqlite;

namespace NewsBot.Storage.Sqlite;

/// <summary>Reads stored vectors, with what the search filters on, inside the caller's read transaction (one snapshot).</summary>
internal static class VectorRowReader
{
    /// <summary>The current rows of every article changed after <paramref name="generation"/>, by article key; a removed article has an empty list.</summary>
    public static async Task<Dictionary<long, List<VectorRow>>> ChangedSinceAsync(
        SqliteConnection connection, SqliteTransaction transaction, long generation, int dimensions, CancellationToken cancellationToken)
    {
        var changes = new Dictionary<long, List<VectorRow>>();
        foreach (var key in await VectorLog.ChangedSinceAsync(connection, transaction, generation, cancellationToken))
        {
            changes[key] = [];
        }

        if (changes.Count == 0)
        {
            return changes;
        }

        // Each changed article's chunks are one row id range (see ChunkRowId), read through the primary key.
        await using var command = Sql.Command(connection, $"""
            SELECT v.id, v.vector, a.outlet_key, a.published_utc_ticks
            FROM (SELECT DISTINCT article_key AS k FROM vector_log WHERE generation > $generation) l
            JOIN articles a ON a.key = l.k
            JOIN chunk_vectors v ON v.id BETWEEN (l.k << {ChunkRowId.PositionBits}) AND (l.k << {ChunkRowId.PositionBits}) + {ChunkRowId.MaxPosition}
            """, transaction);
        command.Parameters.AddWithValue("$generation", generation);
        await foreach (var row in ReadAsync(command, dimensions, cancellationToken))
        {
            changes[row.RowId >> ChunkRowId.PositionBits].Add(row);
        }

        return changes;
    }

    /// <summary>Every stored row into a view without a file.</summary>
    public static async Task LoadAllAsync(SqliteConnection connection, SqliteTransaction transaction, VectorView view, int dimensions, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, $"""
            SELECT v.id, v.vector, a.outlet_key, a.published_utc_ticks
            FROM chunk_vectors v JOIN articles a ON a.key = {ChunkRowId.ArticleKeySql("v.id")}
            ORDER BY v.id
            """, transaction);
        await foreach (var row in ReadAsync(command, dimensions, cancellationToken))
        {
            view.Add(row.RowId, row.Outlet, row.Published, row.Vector.Span);
        }
    }

    private static async IAsyncEnumerable<VectorRow> ReadAsync(SqliteCommand command, int dimensions, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var bytes = dimensions * sizeof(float);
        while (await reader.ReadAsync(cancellationToken))
        {
            var rowId = reader.GetInt64(0);
            if (reader.GetBytes(1, 0, null, 0, 0) != bytes)
            {
                throw new InvalidOperationException($"Chunk row {rowId} holds a vector of another size than the store's {dimensions} dimensions; re-index the store.");
            }

            var buffer = new byte[bytes];
            reader.GetBytes(1, 0, buffer, 0, bytes);
            DateTimeOffset? published = reader.IsDBNull(3) ? null : new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero);
            yield return new VectorRow(rowId, reader.IsDBNull(2) ? null : reader.GetString(2), published, VectorBlob.FromBytes(buffer).ToArray());
        }
    }
}
