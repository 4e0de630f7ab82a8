using System.Runtime.CompilerServices;

namespace NewsBot.Storage.Sqlite;

/// <summary>
/// The scan of a vector file for the rows nearest a query. Every row that passes the filter is scored first with its
/// 4-bit vector (half the memory of the 8-bit ones, which is what a scan of many rows waits for); the best of those, a
/// few thousand in each partition of the file, are scored again with their 8-bit vectors. A file of few rows is scored with the 8-bit vectors alone.
/// </summary>
internal static class VectorFileScan
{
    private const int MinRowsPerPartition = 16_384;

    /// <summary>How many rows the 4-bit pass hands to the 8-bit one, for <paramref name="take"/> rows wanted.</summary>
    internal static int FirstPassCandidates(int take) => Math.Max(1_500, 5 * take);

    /// <summary>
    /// The <paramref name="take"/> rows of <paramref name="file"/> nearest <paramref name="query"/> by quantized dot
    /// product among those that pass <paramref name="filter"/> and are not set in <paramref name="hidden"/> (a bit per
    /// row), best first, with approximate scores.
    /// </summary>
    public static IReadOnlyList<ScoredRow> Scan(VectorFile file, sbyte[] query, float queryScale, RowFilter filter, ulong[] hidden, int take)
    {
        var count = file.Count;
        if (take <= 0 || count == 0)
        {
            return [];
        }

        var firstPass = FirstPassCandidates(take);
        var partitions = Math.Clamp(count / MinRowsPerPartition, 1, Environment.ProcessorCount);
        var size = (count + partitions - 1) / partitions;
        var found = new PriorityQueue<int, float>[partitions];
        var fullScan = count <= 2 * firstPass;
        var (padded, sum) = fullScan ? ([], 0) : Int4Vector.Query(query);
        Parallel.For(0, partitions, p =>
        {
            var (start, end) = (p * size, Math.Min(count, (p + 1) * size));
            found[p] = fullScan
                ? Int8Range(file, query, filter, hidden, start, end, take)
                : Int8Rows(file, query, Int4Range(file, padded, sum * Int4Vector.Offset, filter, hidden, start, end, firstPass), take);
        });

        var rowIds = file.RowIds;
        var best = new List<ScoredRow>(partitions * take);
        foreach (var rows in found)
        {
            foreach (var (row, score) in rows.UnorderedItems)
            {
                best.Add(new ScoredRow(rowIds[row], score * queryScale));
            }
        }

        return [.. best.OrderByDescending(r => r.Score).ThenBy(r => r.RowId).Take(take)];
    }

    /// <summary>Of the rows in <paramref name="candidates"/>, the <paramref name="take"/> with the best 8-bit scores (unscaled by the query's scale).</summary>
    private static PriorityQueue<int, float> Int8Rows(VectorFile file, sbyte[] query, PriorityQueue<int, float> candidates, int take)
    {
        var scales = file.Scales;
        var best = new PriorityQueue<int, float>(take + 1);
        var worst = float.NegativeInfinity;
        foreach (var (row, _) in candidates.UnorderedItems)
        {
            Offer(best, take, ref worst, row, Int8Vector.Dot(query, file.Vector(row)) * scales[row]);
        }

        return best;
    }

    /// <summary>The rows of <c>[start, end)</c> with the <paramref name="take"/> best 8-bit scores (unscaled by the query's scale).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static PriorityQueue<int, float> Int8Range(VectorFile file, sbyte[] query, RowFilter filter, ulong[] hidden, int start, int end, int take)
    {
        var scales = file.Scales;
        var ticks = file.Ticks;
        var outlets = file.OutletIds;
        var best = new PriorityQueue<int, float>(take + 1);
        var worst = float.NegativeInfinity;
        for (var row = start; row < end; row++)
        {
            if ((hidden[row >> 6] & (1UL << (row & 63))) != 0 || !filter.Matches(outlets[row], ticks[row]))
            {
                continue;
            }

            Offer(best, take, ref worst, row, Int8Vector.Dot(query, file.Vector(row)) * scales[row]);
        }

        return best;
    }

    /// <summary>The rows of <c>[start, end)</c> with the <paramref name="take"/> best 4-bit scores (unscaled by the query's scale).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static PriorityQueue<int, float> Int4Range(VectorFile file, sbyte[] paddedQuery, int offset, RowFilter filter, ulong[] hidden, int start, int end, int take)
    {
        var scales = file.NibbleScales;
        var ticks = file.Ticks;
        var outlets = file.OutletIds;
        var best = new PriorityQueue<int, float>(take + 1);
        var worst = float.NegativeInfinity;
        for (var row = start; row < end; row++)
        {
            if ((hidden[row >> 6] & (1UL << (row & 63))) != 0 || !filter.Matches(outlets[row], ticks[row]))
            {
                continue;
            }

            Offer(best, take, ref worst, row, (Int4Vector.DotWithOffset(paddedQuery, file.Nibbles(row)) - offset) * scales[row]);
        }

        return best;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Offer(PriorityQueue<int, float> best, int take, ref float worst, int row, float score)
    {
        if (best.Count < take)
        {
            best.Enqueue(row, score);
            if (best.Count == take)
            {
                best.TryPeek(out _, out worst);
            }
        }
        else if (score > worst)
        {
            best.EnqueueDequeue(row, score);
            best.TryPeek(out _, out worst);
        }
    }

}
