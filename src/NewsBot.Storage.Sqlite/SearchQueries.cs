using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage;

namespace NewsBot.Storage.Sqlite;

/// <summary>Builds the lexical search command and fetches the hits the vector search selected.</summary>
internal static class SearchQueries
{
    /// <summary>
    /// FTS5 MATCH ranked by bm25 (the FTS table's configured rank: chunk text weighted 1.0, title 0.4).
    /// The inner query sorts only row ids and ranks, so long texts are read for the returned rows alone.
    /// </summary>
    public static SqliteCommand Lexical(SqliteConnection connection, string match, SearchFilter filter, int limit)
    {
        var command = connection.CreateCommand();
        var conditions = new StringBuilder();
        if (filter.Outlets.Count > 0)
        {
            var names = new List<string>();
            foreach (var outlet in filter.Outlets.Where(o => o is not null).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var name = "$o" + names.Count.ToString(CultureInfo.InvariantCulture);
                names.Add(name);
                command.Parameters.AddWithValue(name, ArticleWriter.OutletKey(outlet));
            }

            conditions.Append(names.Count == 0 ? " AND 0" : $" AND fa.outlet_key IN ({string.Join(", ", names)})");
        }

        if (filter.From is { } from)
        {
            conditions.Append(" AND fa.published_utc_ticks >= $from");
            command.Parameters.AddWithValue("$from", from.UtcTicks);
        }

        if (filter.To is { } to)
        {
            conditions.Append(" AND fa.published_utc_ticks <= $to");
            command.Parameters.AddWithValue("$to", to.UtcTicks);
        }

        var joins = conditions.Length == 0
            ? string.Empty
            : "JOIN chunks fc ON fc.id = chunks_fts.rowid JOIN articles fa ON fa.id = fc.article_id";

        command.CommandText = $"""
            WITH m AS (
                SELECT chunks_fts.rowid AS rid, chunks_fts.rank AS r
                FROM chunks_fts {joins}
                WHERE chunks_fts MATCH $match{conditions}
                ORDER BY chunks_fts.rank
                LIMIT $limit)
            SELECT {RowReader.HitColumns}, m.r
            FROM m JOIN chunks c ON c.id = m.rid JOIN articles a ON a.id = c.article_id
            ORDER BY m.r, c.id
            """;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$limit", limit);
        return command;
    }

    /// <summary>The hits for <paramref name="scored"/> in the same order; rows deleted meanwhile are left out.</summary>
    public static async Task<IReadOnlyList<ChunkHit>> FetchAsync(SqliteConnection connection, IReadOnlyList<ScoredRow> scored, CancellationToken cancellationToken)
    {
        if (scored.Count == 0)
        {
            return [];
        }

        await using var command = connection.CreateCommand();
        var names = new string[scored.Count];
        for (var i = 0; i < scored.Count; i++)
        {
            names[i] = "$r" + i.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(names[i], scored[i].RowId);
        }

        command.CommandText = $"""
            SELECT {RowReader.HitColumns}
            FROM chunks c JOIN articles a ON a.id = c.article_id
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
