using Microsoft.Data.Sqlite;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage;

namespace NewsBot.Storage.Sqlite;

/// <summary>Writes an article row and its chunks inside the caller's transaction.</summary>
internal static class ArticleWriter
{
    private const string UpsertArticleSql = """
        INSERT INTO articles (id, outlet_key, published_utc_ticks, published_offset_minutes, content_hash, source_key,
                              title, outlet, url, origin, byline, body)
        VALUES ($id, $outletKey, $ticks, $offset, $hash, $sourceKey, $title, $outlet, $url, $origin, $byline, $body)
        ON CONFLICT (id) DO UPDATE SET
            outlet_key = excluded.outlet_key, published_utc_ticks = excluded.published_utc_ticks,
            published_offset_minutes = excluded.published_offset_minutes, content_hash = excluded.content_hash,
            source_key = excluded.source_key, title = excluded.title, outlet = excluded.outlet, url = excluded.url,
            origin = excluded.origin, byline = excluded.byline, body = excluded.body
        RETURNING key
        """;

    private const string InsertChunkSql = """
        INSERT INTO chunks (id, article_key, position, token_count, chunk_id, text)
        VALUES ($rowId, $articleKey, $position, $tokens, $chunkId, $text);
        INSERT INTO chunk_vectors (id, vector) VALUES ($rowId, $vector);
        """;

    /// <summary>The key outlets are compared by, matching <see cref="StringComparison.OrdinalIgnoreCase"/>.</summary>
    public static string? OutletKey(string? outlet) => outlet?.ToUpperInvariant();

    /// <summary>Replaces the article's row and chunks; returns the article's key and the vector rows written, for the vector search.</summary>
    public static async Task<(long Key, IReadOnlyList<VectorRow> Rows)> WriteAsync(
        SqliteConnection connection, SqliteTransaction transaction, Article article, string contentHash,
        IReadOnlyList<EmbeddedChunk> chunks, CancellationToken cancellationToken)
    {
        if (await Sql.ArticleKeyAsync(connection, transaction, article.Id, cancellationToken) is { } oldKey)
        {
            await Sql.DeleteChunksAsync(connection, transaction, oldKey, cancellationToken);
        }

        var key = (long)(await Sql.ScalarAsync(connection, transaction, UpsertArticleSql, cancellationToken,
            ("$id", article.Id), ("$outletKey", OutletKey(article.Outlet)), ("$ticks", article.Published?.UtcTicks),
            ("$offset", article.Published is { } p ? (int)p.Offset.TotalMinutes : null), ("$hash", contentHash),
            ("$sourceKey", article.SourceKey), ("$title", article.Title), ("$outlet", article.Outlet),
            ("$url", article.Url), ("$origin", article.Origin), ("$byline", article.Byline), ("$body", article.Body)))!;

        await using var insert = Sql.Command(connection, InsertChunkSql, transaction);
        var rowId = insert.Parameters.Add("$rowId", SqliteType.Integer);
        insert.Parameters.AddWithValue("$articleKey", key);
        var position = insert.Parameters.Add("$position", SqliteType.Integer);
        var tokens = insert.Parameters.Add("$tokens", SqliteType.Integer);
        var chunkId = insert.Parameters.Add("$chunkId", SqliteType.Text);
        var text = insert.Parameters.Add("$text", SqliteType.Text);
        var vector = insert.Parameters.Add("$vector", SqliteType.Blob);
        await using var fts = FtsRows.InsertCommand(connection, transaction);
        var titleTerms = FtsRows.Terms(article.Title);

        var rows = new List<VectorRow>(chunks.Count);
        foreach (var embedded in chunks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chunk = embedded.Chunk;
            var id = ChunkRowId.Of(key, chunk.Position);
            rowId.Value = id;
            position.Value = chunk.Position;
            tokens.Value = chunk.TokenCount;
            chunkId.Value = chunk.Id;
            text.Value = chunk.Text;
            vector.Value = VectorBlob.ToBytes(embedded.Vector.Span);
            await insert.ExecuteNonQueryAsync(cancellationToken);
            FtsRows.Bind(fts, id, FtsRows.Terms(chunk.Text), titleTerms);
            await fts.ExecuteNonQueryAsync(cancellationToken);
            rows.Add(new VectorRow(id, article.Outlet, article.Published, embedded.Vector));
        }

        return (key, rows);
    }
}
