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
    /// The most chunks one keyword search ranks, summed over its phrases: ranking costs over a microsecond per chunk a
    /// phrase is found in (at 500,000 synthetic passages a question of common words found about 120,000). Set so that
    /// neither dev set's figures change (either does at 25,000).
    /// </summary>
    internal const long MaxRankedPostings = 50_000;

    /// <summary>
    /// Leaves out phrases found in more than half of all chunks: FTS5's bm25 gives such a phrase an IDF of almost zero, so it
    /// changes no score that matters, yet ranking every chunk that holds it costs about a microsecond per chunk.
    /// Of the rest, the rarest are kept while the chunks they are found in add up to at most <see cref="MaxRankedPostings"/>,
    /// so that a question of common words does not rank a large share of a large store; the phrases left out are the
    /// commonest, whose IDF is the lowest. When every phrase is left out the rarest is kept.
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

        var counts = await DocumentCountsAsync(connection, phrases, cache, half + 1, cancellationToken);
        var byRarity = Enumerable.Range(0, phrases.Count).OrderBy(i => counts[i]).ThenBy(i => i).ToArray();
        var keep = new bool[phrases.Count];
        var postings = 0L;
        foreach (var i in byRarity)
        {
            if (counts[i] > half || postings + counts[i] > MaxRankedPostings)
            {
                break;
            }

            keep[i] = true;
            postings += counts[i];
        }

        keep[byRarity[0]] = true;
        return [.. phrases.Where((_, i) => keep[i])];
    }

    /// <summary>How many chunks hold each phrase, from the cache or else from the FTS index's vocabulary.</summary>
    private static async Task<long[]> DocumentCountsAsync(SqliteConnection connection, IReadOnlyList<string> phrases, PhraseFrequencyCache cache, long cap, CancellationToken cancellationToken)
    {
        var counts = new long[phrases.Count];
        var missing = new List<int>();
        for (var i = 0; i < phrases.Count; i++)
        {
            if (!cache.TryGet(phrases[i], out counts[i]))
            {
                missing.Add(i);
            }
        }

        if (missing.Count > 0)
        {
            var read = await FtsVocabulary.DocumentCountsAsync(connection, [.. missing.Select(i => phrases[i])], cap, cancellationToken);
            for (var m = 0; m < missing.Count; m++)
            {
                counts[missing[m]] = read[m];
                cache.Set(phrases[missing[m]], read[m]);
            }
        }

        return counts;
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
