using Microsoft.Data.Sqlite;

namespace NewsBot.Storage.Sqlite;

/// <summary>Reads every stored vector into a new <see cref="VectorIndex"/>.</summary>
internal static class VectorIndexLoader
{
    public static async Task<VectorIndex> LoadAsync(SqliteConnection connection, int dimensions, long generation, CancellationToken cancellationToken)
    {
        var index = new VectorIndex(dimensions, generation);
        var buffer = new byte[dimensions * sizeof(float)];
        var articleIds = new Dictionary<string, string>(StringComparer.Ordinal);

        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.id, c.article_id, a.outlet, a.published_utc_ticks, a.published_offset_minutes, c.vector
            FROM chunks c JOIN articles a ON a.id = c.article_id
            ORDER BY c.id
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var length = reader.GetBytes(5, 0, null, 0, 0);
            if (length != buffer.Length)
            {
                throw new InvalidOperationException(
                    $"Chunk row {reader.GetInt64(0)} holds a vector of {length / sizeof(float)} dimensions but the store records {dimensions}; re-index the store.");
            }

            reader.GetBytes(5, 0, buffer, 0, buffer.Length);
            var articleId = reader.GetString(1);
            if (!articleIds.TryGetValue(articleId, out var shared))
            {
                articleIds.Add(articleId, articleId);
                shared = articleId;
            }

            index.Add(
                reader.GetInt64(0),
                shared,
                reader.IsDBNull(2) ? null : reader.GetString(2),
                RowReader.Published(reader, 3),
                VectorBlob.FromBytes(buffer));
        }

        return index;
    }
}
