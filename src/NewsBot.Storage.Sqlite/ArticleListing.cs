using System.Text;
using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage;

namespace NewsBot.Storage.Sqlite;

/// <summary>Lists of articles that never read every body: headings of all, or the newest few within a filter.</summary>
internal static class ArticleListing
{
    public static async Task<IReadOnlyList<ArticleHeading>> HeadingsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, "SELECT id, title, outlet, source_key, published_utc_ticks, published_offset_minutes FROM articles ORDER BY id");
        var headings = new List<ArticleHeading>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            DateTimeOffset? published = reader.IsDBNull(4)
                ? null
                : new DateTimeOffset(reader.GetInt64(4), TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(reader.IsDBNull(5) ? 0 : reader.GetInt32(5)));
            headings.Add(new ArticleHeading(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3), published));
        }

        return headings;
    }

    /// <summary>A command reading the newest dated articles within <paramref name="filter"/>, whole.</summary>
    public static SqliteCommand Recent(SqliteConnection connection, SearchFilter filter, int limit)
    {
        var command = connection.CreateCommand();
        var conditions = new StringBuilder("a.published_utc_ticks IS NOT NULL");
        FilterSql.Append(conditions, command, filter, "a");

        command.CommandText = $"SELECT {RowReader.ArticleColumns} FROM articles a WHERE {conditions} ORDER BY a.published_utc_ticks DESC, a.id LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        return command;
    }
}
