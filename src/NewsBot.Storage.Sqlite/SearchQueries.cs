using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage;

namespace NewsBot.Storage.Sqlite;

/// <summary>Builds the lexical search command and fetches the hits the vector search selected.</summary>
internal static class SearchQueries
{
    /// <summary>
    /// bm25 with chunk text weighted 1.0 and the title 0.4 (Core's <see cref="Core.Text.Bm25"/>, which other stores follow);
    /// spelled out because the configured rank is markedly slower.
    /// </summary>
    private const string Bm25 = "bm25(chunks_fts, 1.0, 0.4)";

    /// <summary>
    /// Leaves out phrases found in more than half of all chunks: FTS5's bm25 gives such a phrase an IDF of almost zero, so it
    /// changes no score that matters, yet ranking every chunk that holds it costs about a microsecond per chunk.
    /// When every phrase is that common the rarest is kept.
    /// </summary>
    public static async Task<IReadOnlyList<string>> WithoutCommonPhrasesAsync(SqliteConnection connection, IReadOnlyList<string> phrases, PhraseFrequencyCache cache, CancellationToken cancellationToken)
    {
        if (phrases.Count < 2)
        {
            return phrases;
        }

        cache.Sync(await Sql.ReadGenerationAsync(connection, null, cancellationToken));
        var chunks = cache.Chunks ??= Convert.ToInt64(await Sql.ScalarAsync(connection, null, "SELECT count(*) FROM chunks", cancellationToken), CultureInfo.InvariantCulture);
        var half = chunks / 2;
        if (half < 1000)
        {
            return phrases; // small stores rank everything quickly
        }

        await using var command = Sql.Command(connection, "SELECT count(*) FROM (SELECT 1 FROM chunks_fts WHERE chunks_fts MATCH $phrase LIMIT $cap)");
        var phrase = command.Parameters.Add("$phrase", SqliteType.Text);
        command.Parameters.AddWithValue("$cap", half + 1);
        var kept = new List<string>(phrases.Count);
        var (rarest, rarestCount) = (phrases[0], long.MaxValue);
        foreach (var candidate in phrases)
        {
            if (!cache.TryGet(candidate, out var count))
            {
                phrase.Value = candidate;
                count = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
                cache.Set(candidate, count);
            }

            if (count <= half)
            {
                kept.Add(candidate);
            }

            if (count < rarestCount)
            {
                (rarest, rarestCount) = (candidate, count);
            }
        }

        return kept.Count > 0 ? kept : [rarest];
    }

    /// <summary>
    /// FTS5 MATCH ranked by bm25.
    /// The inner query sorts only row ids and ranks, so long texts are read for the returned rows alone.
    /// </summary>
    public static SqliteCommand Lexical(SqliteConnection connection, string match, SearchFilter filter, int limit)
    {
        var command = connection.CreateCommand();
        var conditions = new StringBuilder();
        FilterSql.Append(conditions, command, filter, "fa");

        var joins = conditions.Length == 0
            ? string.Empty
            : $"JOIN articles fa ON fa.key = {ChunkRowId.ArticleKeySql("chunks_fts.rowid")}";

        command.CommandText = $"""
            WITH m AS (
                SELECT chunks_fts.rowid AS rid, {Bm25} AS r
                FROM chunks_fts {joins}
                WHERE chunks_fts MATCH $match{conditions}
                ORDER BY r
                LIMIT $limit)
            SELECT {RowReader.HitColumns}, m.r
            FROM m JOIN chunks c ON c.id = m.rid JOIN articles a ON a.key = c.article_key
            ORDER BY m.r, c.id
            """;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$limit", limit);
        return command;
    }

    /// <summary>The hits for <paramref name="scored"/> in the same order; rows deleted meanwhile are left out.</summary>
    public static async Task<IReadOnlyList<ChunkHit>> FetchAsync(SqliteConnection connection, SqliteTransaction? transaction, IReadOnlyList<ScoredRow> scored, CancellationToken cancellationToken)
    {
        if (scored.Count == 0)
        {
            return [];
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = new string[scored.Count];
        for (var i = 0; i < scored.Count; i++)
        {
            names[i] = "$r" + i.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(names[i], scored[i].RowId);
        }

        command.CommandText = $"""
            SELECT {RowReader.HitColumns}
            FROM {RowReader.HitJoin}
            WHERE c.id IN ({string.Join(", ", names)})
            """;

        var byRow = new Dictionary<long, ChunkHit>(scored.Count);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var (rowId, hit) = RowReader.ReadHit(reader, 0);
                byRow[rowId] = hit;
            }
        }

        var hits = new List<ChunkHit>(scored.Count);
        foreach (var row in scored)
        {
            if (byRow.TryGetValue(row.RowId, out var hit))
            {
                hits.Add(hit with { Score = row.Score });
            }
        }

        return hits;
    }
}
