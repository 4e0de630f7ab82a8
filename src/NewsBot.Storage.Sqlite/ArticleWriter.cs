using Microsoft.Data.Sqlite;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage;

namespace NewsBot.Storage.Sqlite;

/// <summary>Writes an article row and its chunks inside the caller's transaction.</summary>
internal static class ArticleWriter
{
    private const string UpsertArticleSql = """
        INSERT INTO articles (id, title, body, outlet, outlet_key, published_utc_ticks, published_offset_minutes,
                              url, origin, source_key, byline, content_hash)
        VALUES ($id, $title, $body, $outlet, $outletKey, $ticks, $offset, $url, $origin, $sourceKey, $byline, $hash)
        ON CONFLICT (id) DO UPDATE SET
            title = excluded.title, body = excluded.body, outlet = excluded.outlet, outlet_key = excluded.outlet_key,
            published_utc_ticks = excluded.published_utc_ticks, published_offset_minutes = excluded.published_offset_minutes,
            url = excluded.url, origin = excluded.origin, source_key = excluded.source_key, byline = excluded.byline,
            content_hash = excluded.content_hash
        """;

    private const string InsertChunkSql = """
        INSERT INTO chunks (chunk_id, article_id, position, text, token_count, vector)
        VALUES ($chunkId, $articleId, $position, $text, $tokens, $vector)
        RETURNING id
        """;

    private const string IndexChunkSql = "INSERT INTO chunks_fts (rowid, text, title) VALUES ($rowId, $text, $title)";

    /// <summary>The key outlets are compared by, matching <see cref="StringComparison.OrdinalIgnoreCase"/>.</summary>
    public static string? OutletKey(string? outlet) => outlet?.ToUpperInvariant();

    /// <summary>Replaces the article's row and chunks; returns the vector rows written, for the in-memory cache.</summary>
    public static async Task<IReadOnlyList<VectorRow>> WriteAsync(
        SqliteConnection connection, SqliteTransaction transaction, Article article, string contentHash,
        IReadOnlyList<EmbeddedChunk> chunks, bool existed, CancellationToken cancellationToken)
    {
        if (existed)
        {
            await Sql.DeleteChunksAsync(connection, transaction, article.Id, cancellationToken);
        }

        await Sql.ExecuteAsync(connection, transaction, UpsertArticleSql, cancellationToken,
            ("$id", article.Id), ("$title", article.Title), ("$body", article.Body), ("$outlet", article.Outlet),
            ("$outletKey", OutletKey(article.Outlet)), ("$ticks", article.Published?.UtcTicks),
            ("$offset", article.Published is { } p ? (int)p.Offset.TotalMinutes : null),
            ("$url", article.Url), ("$origin", article.Origin), ("$sourceKey", article.SourceKey),
            ("$byline", article.Byline), ("$hash", contentHash));

        await using var insert = Sql.Command(connection, InsertChunkSql, transaction);
        var chunkId = insert.Parameters.Add("$chunkId", SqliteType.Text);
        insert.Parameters.AddWithValue("$articleId", article.Id);
        var position = insert.Parameters.Add("$position", SqliteType.Integer);
        var text = insert.Parameters.Add("$text", SqliteType.Text);
        var tokens = insert.Parameters.Add("$tokens", SqliteType.Integer);
        var vector = insert.Parameters.Add("$vector", SqliteType.Blob);

        await using var index = Sql.Command(connection, IndexChunkSql, transaction);
        var rowIdParameter = index.Parameters.Add("$rowId", SqliteType.Integer);
        var indexText = index.Parameters.Add("$text", SqliteType.Text);
        index.Parameters.AddWithValue("$title", article.Title);

        var rows = new List<VectorRow>(chunks.Count);
        foreach (var embedded in chunks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chunk = embedded.Chunk;
            chunkId.Value = chunk.Id;
            position.Value = chunk.Position;
            text.Value = chunk.Text;
            tokens.Value = chunk.TokenCount;
            vector.Value = VectorBlob.ToBytes(embedded.Vector.Span);
            var rowId = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;

            rowIdParameter.Value = rowId;
            indexText.Value = chunk.Text;
            await index.ExecuteNonQueryAsync(cancellationToken);
            rows.Add(new VectorRow(rowId, article.Id, article.Outlet, article.Published, embedded.Vector));
        }

        return rows;
    }
}
