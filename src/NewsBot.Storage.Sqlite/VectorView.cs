using NewsBot.Core.Storage;

namespace NewsBot.Storage.Sqlite;

/// <summary>
/// The vectors of one store generation as this process sees them: the vector file (of its own, earlier or equal
/// generation) with the rows of articles changed since hidden, plus those articles' current rows held exactly in memory.
/// A change hides and adds in one step under a lock, so a search never sees an article half replaced.
/// </summary>
internal sealed class VectorView : IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly VectorFile? _file;
    private readonly ulong[] _hidden;
    private readonly VectorIndex _recent;
    private long _generation;
    private bool _disposed;

    /// <summary>A view of <paramref name="file"/> (none: every row is held in memory) at <paramref name="generation"/>.</summary>
    public VectorView(VectorFile? file, int dimensions, long generation)
    {
        _file = file;
        _hidden = new ulong[((file?.Count ?? 0) + 63) / 64];
        _recent = new VectorIndex(dimensions);
        _generation = generation;
    }

    public long Generation => Volatile.Read(ref _generation);

    /// <summary>The generation of the vector file under the view; null when it has none.</summary>
    public long? FileGeneration => _file?.Generation;

    public int FileRows => _file?.Count ?? 0;

    public int RecentRows => _recent.Count;

    /// <summary>Adds a row while loading a view that has no file, before the view is shared.</summary>
    public void Add(long rowId, string? outlet, DateTimeOffset? published, ReadOnlySpan<float> vector) =>
        _recent.Add(rowId, outlet, published, vector);

    /// <summary>Replaces the given articles' rows (an empty list removes one) and moves the view to <paramref name="generation"/>, in one step.</summary>
    public void Apply(IEnumerable<KeyValuePair<long, List<VectorRow>>> changes, long generation)
    {
        _lock.EnterWriteLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            foreach (var (articleKey, rows) in changes)
            {
                Hide(articleKey);
                _recent.ReplaceArticle(articleKey, rows);
            }

            Volatile.Write(ref _generation, generation);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// The nearest rows to <paramref name="query"/> passing <paramref name="filter"/>: up to <paramref name="fileCandidates"/>
    /// from the file with approximate scores, and up to <paramref name="limit"/> from memory with exact scores. Null when
    /// the view is no longer at <paramref name="generation"/> (or was disposed), so the caller reads again.
    /// </summary>
    public VectorCandidates? Search(ReadOnlySpan<float> query, SearchFilter filter, int limit, int fileCandidates, long? generation)
    {
        sbyte[]? quantized = null;
        var scale = 0f;
        if (_file is not null)
        {
            quantized = new sbyte[query.Length];
            scale = Int8Vector.Quantize(query, quantized);
        }

        _lock.EnterReadLock();
        try
        {
            if (_disposed || (generation is { } expected && Generation != expected))
            {
                return null;
            }

            IReadOnlyList<ScoredRow> fromFile = [];
            if (_file is not null && scale > 0)
            {
                var rowFilter = RowFilter.Create(filter, _file.Outlets);
                fromFile = rowFilter.MatchesNothing ? [] : _file.Scan(quantized!, scale, rowFilter, _hidden, fileCandidates);
            }

            return new VectorCandidates(fromFile, _recent.Search(query, filter, limit));
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Waits for searches in progress, then unmaps the file.</summary>
    public void Dispose()
    {
        _lock.EnterWriteLock();
        try
        {
            if (!_disposed)
            {
                _disposed = true;
                _file?.Dispose();
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    private void Hide(long articleKey)
    {
        if (_file is null)
        {
            return;
        }

        var first = _file.LowerBound(ChunkRowId.Of(articleKey, 0));
        var end = _file.LowerBound(ChunkRowId.Of(articleKey + 1, 0));
        for (var row = first; row < end; row++)
        {
            _hidden[row >> 6] |= 1UL << (row & 63);
        }
    }
}
