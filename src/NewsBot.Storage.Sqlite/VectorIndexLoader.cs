using Microsoft.Data.Sqlite;

namespace NewsBot.Storage.Sqlite;

/// <summary>Reads every stored vector into a new <see cref="VectorIndex"/>, all from one snapshot of the file.</summary>
internal static class VectorIndexLoader
{
    /// <summary>
    /// Loads the generation, the embedder, the articles and the vectors inside one read transaction, so a write committed
    /// by another process meanwhile (WAL lets it go on) is either wholly in the index or not at all. Null when no embedder is recorded.
    /// </summary>
    public static async Task<VectorIndex?> LoadAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // A deferred transaction takes its snapshot at its first read and keeps it until it ends.
        await using var transaction = connection.BeginTransaction(deferred: true);
        var generation = await Sql.ReadGenerationAsync(connection, transaction, cancellationToken);
        if (await Sql.ReadEmbedderAsync(connection, transaction, cancellationToken) is not { } embedder)
        {
            return null;
        }

        var dimensions = embedder.Dimensions;
        var articles = await ReadArticlesAsync(connection, transaction, cancellationToken);
        var index = new VectorIndex(dimensions, generation);
        var buffer = new byte[dimensions * sizeof(float)];

        await using var command = Sql.Command(connection, "SELECT id, vector FROM chunk_vectors ORDER BY id", transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var rowId = reader.GetInt64(0);
            var length = reader.GetBytes(1, 0, null, 0, 0);
            if (length != buffer.Length)
            {
                throw new InvalidOperationException(
                    $"Chunk row {rowId} holds a vector of {length / sizeof(float)} dimensions but the store records {dimensions}; re-index the store.");
            }

            if (!articles.TryGetValue(rowId >> ChunkRowId.PositionBits, out var article))
            {
                throw new InvalidOperationException($"Chunk row {rowId} belongs to no stored article; the store is damaged, re-index it.");
            }

            reader.GetBytes(1, 0, buffer, 0, buffer.Length);
            index.Add(rowId, article.Id, article.Outlet, article.Published, VectorBlob.FromBytes(buffer));
        }

        return index;
    }

    private static async Task<Dictionary<long, (string Id, string? Outlet, DateTimeOffset? Published)>> ReadArticlesAsync(
        SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        var articles = new Dictionary<long, (string, string?, DateTimeOffset?)>();
        await using var command = Sql.Command(connection, "SELECT key, id, outlet, published_utc_ticks, published_offset_minutes FROM articles", transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            articles.Add(reader.GetInt64(0), (reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), RowReader.Published(reader, 3)));
        }

        return articles;
    }
}
