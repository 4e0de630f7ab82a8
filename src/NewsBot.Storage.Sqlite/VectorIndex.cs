using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using NewsBot.Core.Storage;

namespace NewsBot.Storage.Sqlite;

/// <summary>
/// Chunk vectors in one contiguous, normalised float array, with per-row filter metadata, searched exactly by
/// brute-force cosine similarity split over the machine's cores. Holds the rows written since the vector file
/// (or every row, when the store has no usable file). Rows are grouped by article key (see <see cref="ChunkRowId"/>).
/// </summary>
internal sealed class VectorIndex
{
    private const long NoDate = long.MinValue;
    private const int MinRowsPerPartition = 4096;

    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<long, List<int>> _rowsByArticle = [];
    private readonly Dictionary<string, int> _outletIds = new(StringComparer.OrdinalIgnoreCase);
    private float[] _vectors = [];
    private long[] _rowIds = [];
    private int[] _outlets = [];
    private long[] _published = [];
    private int _count;

    public VectorIndex(int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        Dimensions = dimensions;
    }

    public int Dimensions { get; }

    public int Count => _count;

    /// <summary>Adds a row while loading, before the index is shared.</summary>
    public void Add(long rowId, string? outlet, DateTimeOffset? published, ReadOnlySpan<float> vector)
    {
        EnsureCapacity(_count + 1);
        Append(rowId, outlet, published, vector);
    }

    /// <summary>Replaces one article's rows (none removes it) in one step that searches never see half-done.</summary>
    public void ReplaceArticle(long articleKey, IReadOnlyList<VectorRow> rows)
    {
        _lock.EnterWriteLock();
        try
        {
            RemoveRows(articleKey);
            EnsureCapacity(_count + rows.Count);
            foreach (var row in rows)
            {
                if (row.RowId >> ChunkRowId.PositionBits != articleKey)
                {
                    throw new ArgumentException($"Chunk row {row.RowId} does not belong to article key {articleKey}.", nameof(rows));
                }

                Append(row.RowId, row.Outlet, row.Published, row.Vector.Span);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>The <paramref name="limit"/> rows most similar to <paramref name="query"/> that pass <paramref name="filter"/>, best first.</summary>
    public IReadOnlyList<ScoredRow> Search(ReadOnlySpan<float> query, SearchFilter filter, int limit)
    {
        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"The query vector has {query.Length} dimensions but the store holds {Dimensions}-dimensional vectors.", nameof(query));
        }

        var norm = TensorPrimitives.Norm(query);
        if (limit <= 0 || norm == 0 || !float.IsFinite(norm))
        {
            return [];
        }

        var normalised = new float[Dimensions];
        TensorPrimitives.Divide(query, norm, normalised);

        _lock.EnterReadLock();
        try
        {
            if (_count == 0)
            {
                return [];
            }

            var rowFilter = RowFilter.Create(filter, _outletIds);
            if (rowFilter.MatchesNothing)
            {
                return [];
            }

            var partitions = Math.Clamp(_count / MinRowsPerPartition, 1, Environment.ProcessorCount);
            var results = new List<ScoredRow>[partitions];
            var size = (_count + partitions - 1) / partitions;
            Parallel.For(0, partitions, p => results[p] = ScoreRange(normalised, rowFilter, p * size, Math.Min(_count, (p + 1) * size), limit));

            return results.SelectMany(r => r)
                .OrderByDescending(r => r.Score)
                .ThenBy(r => r.RowId)
                .Take(limit)
                .ToArray();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<ScoredRow> ScoreRange(float[] query, RowFilter filter, int start, int end, int limit)
    {
        var heap = new PriorityQueue<int, float>(limit + 1);
        var dims = Dimensions;
        var vectors = _vectors.AsSpan();
        for (var row = start; row < end; row++)
        {
            if (!filter.Matches(_outlets[row], _published[row]))
            {
                continue;
            }

            var score = TensorPrimitives.Dot(query, vectors.Slice(row * dims, dims));
            if (heap.Count < limit)
            {
                heap.Enqueue(row, score);
            }
            else if (heap.TryPeek(out _, out var worst) && score > worst)
            {
                heap.EnqueueDequeue(row, score);
            }
        }

        var found = new List<ScoredRow>(heap.Count);
        while (heap.TryDequeue(out var row, out var score))
        {
            found.Add(new ScoredRow(_rowIds[row], score));
        }

        return found;
    }

    private void Append(long rowId, string? outlet, DateTimeOffset? published, ReadOnlySpan<float> vector)
    {
        if (vector.Length != Dimensions)
        {
            throw new InvalidOperationException($"Chunk row {rowId} has {vector.Length} dimensions instead of {Dimensions}; re-index the store.");
        }

        var index = _count++;
        var target = _vectors.AsSpan(index * Dimensions, Dimensions);
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0 && float.IsFinite(norm))
        {
            TensorPrimitives.Divide(vector, norm, target);
        }
        else
        {
            target.Clear();
        }

        _rowIds[index] = rowId;
        _outlets[index] = OutletId(outlet);
        _published[index] = published?.UtcTicks ?? NoDate;
        var articleKey = rowId >> ChunkRowId.PositionBits;
        if (!_rowsByArticle.TryGetValue(articleKey, out var rows))
        {
            rows = [];
            _rowsByArticle.Add(articleKey, rows);
        }

        rows.Add(index);
    }

    private void RemoveRows(long articleKey)
    {
        if (!_rowsByArticle.Remove(articleKey, out var rows))
        {
            return;
        }

        // Highest first, so moving the last row into a hole never moves a row that is still to be removed.
        rows.Sort();
        for (var i = rows.Count - 1; i >= 0; i--)
        {
            var hole = rows[i];
            var last = --_count;
            if (hole != last)
            {
                MoveRow(last, hole);
            }
        }
    }

    private void MoveRow(int from, int to)
    {
        _vectors.AsSpan(from * Dimensions, Dimensions).CopyTo(_vectors.AsSpan(to * Dimensions, Dimensions));
        _rowIds[to] = _rowIds[from];
        _outlets[to] = _outlets[from];
        _published[to] = _published[from];
        var siblings = _rowsByArticle[_rowIds[to] >> ChunkRowId.PositionBits];
        siblings[siblings.IndexOf(from)] = to;
    }

    private int OutletId(string? outlet)
    {
        if (outlet is null)
        {
            return RowFilter.NoOutlet;
        }

        if (!_outletIds.TryGetValue(outlet, out var id))
        {
            id = _outletIds.Count;
            _outletIds.Add(outlet, id);
        }

        return id;
    }

    private void EnsureCapacity(int rows)
    {
        if (rows <= _rowIds.Length)
        {
            return;
        }

        var capacity = Math.Max(rows, Math.Max(1024, _rowIds.Length + (_rowIds.Length / 2)));
        Array.Resize(ref _vectors, checked(capacity * Dimensions));
        Array.Resize(ref _rowIds, capacity);
        Array.Resize(ref _outlets, capacity);
        Array.Resize(ref _published, capacity);
    }
}
