using System.Globalization;
using System.Numerics.Tensors;
using Microsoft.Data.Sqlite;

namespace NewsBot.Storage.Sqlite;

/// <summary>Scores candidate rows exactly, by cosine similarity of their float32 vectors as stored (the rows are the truth).</summary>
internal static class VectorRescorer
{
    /// <summary>The candidates with exact scores; a row no longer in the snapshot is left out.</summary>
    public static async Task<List<ScoredRow>> RescoreAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<ScoredRow> candidates, float[] normalisedQuery, CancellationToken cancellationToken)
    {
        var scored = new List<ScoredRow>(candidates.Count);
        if (candidates.Count == 0)
        {
            return scored;
        }

        await using var command = Sql.Command(connection, string.Empty, transaction);
        var names = new string[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            names[i] = "$r" + i.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(names[i], candidates[i].RowId);
        }

        command.CommandText = $"SELECT id, vector FROM chunk_vectors WHERE id IN ({string.Join(", ", names)})";
        var bytes = normalisedQuery.Length * sizeof(float);
        var buffer = new byte[bytes];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.GetBytes(1, 0, null, 0, 0) != bytes)
            {
                continue;
            }

            reader.GetBytes(1, 0, buffer, 0, bytes);
            var vector = VectorBlob.FromBytes(buffer);
            var norm = TensorPrimitives.Norm(vector);
            var score = norm > 0 && float.IsFinite(norm) ? TensorPrimitives.Dot(normalisedQuery, vector) / norm : 0f;
            scored.Add(new ScoredRow(reader.GetInt64(0), score));
        }

        return scored;
    }
}
