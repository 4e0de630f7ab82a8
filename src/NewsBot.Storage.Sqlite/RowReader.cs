using Microsoft.Data.Sqlite;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage;

namespace NewsBot.Storage.Sqlite;

/// <summary>Turns result rows into the port's records. Column lists and readers live side by side here.</summary>
internal static class RowReader
{
    /// <summary>Columns read by <see cref="ReadArticle"/>, from table alias <c>a</c>.</summary>
    public const string ArticleColumns = """
        a.id, a.title, a.body, a.outlet, a.published_utc_ticks, a.published_offset_minutes,
        a.url, a.origin, a.source_key, a.byline, a.content_hash,
        (SELECT count(*) FROM chunks k WHERE k.article_key = a.key)
        """;

    /// <summary>Columns read by <see cref="ReadHit"/>, from aliases <c>c</c> (chunks) and <c>a</c> (articles, joined on <see cref="HitJoin"/>).</summary>
    public const string HitColumns = """
        c.id, c.chunk_id, a.id, c.position, c.text, a.title, a.outlet,
        a.published_utc_ticks, a.published_offset_minutes, a.url
        """;

    /// <summary>The chunks and their articles, for <see cref="HitColumns"/>.</summary>
    public const string HitJoin = "chunks c JOIN articles a ON a.key = c.article_key";

    public static StoredArticle ReadArticle(SqliteDataReader reader)
    {
        var article = new Article(
            Id: reader.GetString(0),
            Title: reader.GetString(1),
            Body: reader.GetString(2),
            Outlet: NullableString(reader, 3),
            Published: Published(reader, 4),
            Url: NullableString(reader, 6),
            Origin: reader.GetString(7),
            SourceKey: reader.GetString(8))
        {
            Byline = NullableString(reader, 9),
        };
        return new StoredArticle(article, reader.GetString(10), reader.GetInt32(11));
    }

    /// <summary>The chunk's row id (for matching search scores) and the hit with <paramref name="score"/>.</summary>
    public static (long RowId, ChunkHit Hit) ReadHit(SqliteDataReader reader, double score) =>
        (reader.GetInt64(0), new ChunkHit(
            ChunkId: reader.GetString(1),
            ArticleId: reader.GetString(2),
            Position: reader.GetInt32(3),
            Text: reader.GetString(4),
            Title: reader.GetString(5),
            Outlet: NullableString(reader, 6),
            Published: Published(reader, 7),
            Url: NullableString(reader, 9),
            Score: score));

    public static DateTimeOffset? Published(SqliteDataReader reader, int ticksOrdinal)
    {
        if (reader.IsDBNull(ticksOrdinal))
        {
            return null;
        }

        var utc = new DateTimeOffset(reader.GetInt64(ticksOrdinal), TimeSpan.Zero);
        return reader.IsDBNull(ticksOrdinal + 1) ? utc : utc.ToOffset(TimeSpan.FromMinutes(reader.GetInt32(ticksOrdinal + 1)));
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
