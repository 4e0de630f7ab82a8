using Microsoft.Data.Sqlite;

namespace NewsBot.Storage.Sqlite;

/// <summary>Reads every stored vector into a new <see cref="VectorIndex"/>.</summary>
internal static class VectorIndexLoader
{
    public static async Task<VectorIndex> LoadAsync(SqliteConnection connection, int dimensions, long generation, CancellationToken cancellationToken)
    {
        var articles = await ReadArticlesAsync(connection, cancellationToken);
        var index = new VectorIndex(dimensions, generation);
        var buffer = new byte[dimensions * sizeof(float)];

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, vector FROM chunk_vectors ORDER BY id";
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

            reader.GetBytes(1, 0, buffer, 0, buffer.Length);
            var (articleId, outlet, published) = articles[rowId >> ChunkRowId.PositionBits];
            index.Add(rowId, articleId, outlet, published, VectorBlob.FromBytes(buffer));
        }

        return index;
    }

    private static async Task<Dictionary<long, (string Id, string? Outlet, DateTimeOffset? Published)>> ReadArticlesAsync(
        SqliteConnection connection, CancellationToken cancellationToken)
    {
        var articles = new Dictionary<long, (string, string?, DateTimeOffset?)>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, id, outlet, published_utc_ticks, published_offset_minutes FROM articles";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            articles.Add(reader.GetInt64(0), (reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), RowReader.Published(reader, 3)));
        }

        return articles;
    }
}
