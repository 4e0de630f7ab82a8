using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage;

namespace NewsBot.Storage.Sqlite;

/// <summary>Finds articles for a reference: ranks ids, URLs and titles (never bodies), then reads the chosen articles whole.</summary>
internal static class ArticleFinder
{
    public static async Task<IReadOnlyList<StoredArticle>> FindAsync(SqliteConnection connection, string reference, int limit, CancellationToken cancellationToken)
    {
        var heads = new List<(long Key, string Id, string Title, string? Url, DateTimeOffset? Published)>();
        await using (var command = Sql.Command(connection, "SELECT key, id, title, url, published_utc_ticks FROM articles"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                heads.Add((
                    reader.GetInt64(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.IsDBNull(4) ? null : new DateTimeOffset(reader.GetInt64(4), TimeSpan.Zero)));
            }
        }

        var chosen = ArticleLookup.Rank(heads, h => (h.Id, h.Title, h.Url, h.Published), reference, limit);
        var found = new List<StoredArticle>(chosen.Count);
        await using var read = Sql.Command(connection, $"SELECT {RowReader.ArticleColumns} FROM articles a WHERE a.key = $key");
        var key = read.Parameters.Add("$key", SqliteType.Integer);
        foreach (var head in chosen)
        {
            key.Value = head.Key;
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                found.Add(RowReader.ReadArticle(reader));
            }
        }

        return found;
    }
}
