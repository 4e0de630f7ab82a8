using System.Diagnostics;
using System.Numerics.Tensors;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Storage;

namespace NewsBot.Storage.Sqlite;

/// <summary>
/// Vector search over the vector file beside the store (<c>&lt;store&gt;.vectors</c>) plus the rows written since it.
/// SQLite is the truth and the file is derived: rows commit first and the file follows (rewritten whole, by rename),
/// so after a crash the file is only older, and the <see cref="VectorLog"/> says which articles to read from the rows.
/// A missing, damaged or too old file is written again from the store. Callers serialise the methods that take the
/// store's write gate; searches run alongside.
/// </summary>
internal sealed class VectorSearch(string storePath, SemaphoreSlim writeGate, ILogger logger) : IDisposable
{
    /// <summary>Rows written by this process after which the file is rewritten mid-run: the file's own size, within these bounds.</summary>
    private const int MinRowsBeforeRewrite = 25_000;
    private const int MaxRowsBeforeRewrite = 100_000;

    private VectorView? _view;
    private long _rowsSinceFile;
    private int _fileRows;

    public string FilePath { get; } = storePath + ".vectors";

    /// <summary>Whether this process has written enough rows since the file to rewrite it now.</summary>
    public bool FileIsBehind => _rowsSinceFile > Math.Clamp(_fileRows, MinRowsBeforeRewrite, MaxRowsBeforeRewrite);

    /// <summary>
    /// The nearest rows to <paramref name="query"/> as the snapshot <paramref name="transaction"/> reads, best first, with
    /// exact cosine scores; null when this snapshot is older than what the process already holds, so the caller should
    /// begin a new one (<paramref name="lastTry"/> accepts the mismatch instead).
    /// </summary>
    public async Task<IReadOnlyList<ScoredRow>?> SearchAsync(
        SqliteConnection connection, SqliteTransaction transaction, ReadOnlyMemory<float> query, SearchFilter filter, int limit, bool lastTry, CancellationToken cancellationToken)
    {
        if (await VectorLog.ReadStateAsync(connection, transaction, cancellationToken) is not { } state)
        {
            return [];
        }

        if (query.Length != state.Dimensions)
        {
            throw new ArgumentException($"The query vector has {query.Length} dimensions but the store holds {state.Dimensions}-dimensional vectors.", nameof(query));
        }

        var norm = TensorPrimitives.Norm(query.Span);
        if (norm == 0 || !float.IsFinite(norm))
        {
            return [];
        }

        var view = await GetViewAsync(connection, transaction, state, lastTry, cancellationToken);
        var candidates = view?.Search(query.Span, filter, limit, FileCandidates(limit), lastTry ? null : state.Generation);
        if (candidates is null)
        {
            return null;
        }

        var normalised = new float[query.Length];
        TensorPrimitives.Divide(query.Span, norm, normalised);
        var rescored = await VectorRescorer.RescoreAsync(connection, transaction, candidates.FromFile, normalised, cancellationToken);
        return [.. rescored.Concat(candidates.Exact).OrderByDescending(r => r.Score).ThenBy(r => r.RowId).Take(limit)];
    }

    /// <summary>Opens the view of the snapshot <paramref name="transaction"/> reads (writing the file when needed).</summary>
    public async Task OpenAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        if (await VectorLog.ReadStateAsync(connection, transaction, cancellationToken) is { } state)
        {
            await GetViewAsync(connection, transaction, state, lastTry: true, cancellationToken);
        }
    }

    /// <summary>Takes a committed write of one article into the view this process holds (the write gate is held).</summary>
    public void Written(long articleKey, IReadOnlyList<VectorRow> rows, long generation)
    {
        _rowsSinceFile += rows.Count + 1;
        if (Volatile.Read(ref _view) is { } view && view.Generation == generation - 1)
        {
            view.Apply([new(articleKey, [.. rows])], generation);
        }
    }

    /// <summary>Drops the view, after a change that the log does not describe (the store was cleared or its embedder set).</summary>
    public void Forget() => Interlocked.Exchange(ref _view, null)?.Dispose();

    /// <summary>
    /// Rewrites the file from the store's current rows and prunes the log up to its generation (the write gate is held).
    /// With <paramref name="onlyWhenBehind"/>, nothing is done when the file already reflects the current generation.
    /// A failure to write is logged and leaves the store answering from its rows.
    /// </summary>
    public async Task WriteFileAsync(SqliteConnection connection, bool onlyWhenBehind, CancellationToken cancellationToken)
    {
        StoreVectorState? state;
        long? rows;
        var started = Stopwatch.GetTimestamp();
        await using (var snapshot = connection.BeginTransaction(deferred: true))
        {
            state = await VectorLog.ReadStateAsync(connection, snapshot, cancellationToken);
            if (state is null || (onlyWhenBehind && VectorFileWriter.GenerationOf(FilePath, state.StoreId) == state.Generation))
            {
                return;
            }

            try
            {
                rows = await WriteAsync(connection, snapshot, state, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Log.VectorFileWriteFailed(logger, ex, FilePath);
                return;
            }
        }

        if (rows is not { } count)
        {
            return;
        }

        Log.VectorFileWritten(logger, FilePath, count, state.Generation, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        await using (var prune = connection.BeginTransaction(deferred: false))
        {
            await VectorLog.PruneAsync(connection, prune, state.Generation, cancellationToken);
            prune.Commit();
        }

        _rowsSinceFile = 0;
        _fileRows = (int)count;

        // The next search opens the new file; the old view is unmapped once its searches end.
        Forget();
    }

    public void Dispose() => Forget();

    /// <summary>Merges the changed articles into the current file when it is usable, else writes the file from every row.</summary>
    private async Task<long?> WriteAsync(SqliteConnection connection, SqliteTransaction snapshot, StoreVectorState state, CancellationToken cancellationToken)
    {
        using var old = VectorFile.TryOpen(FilePath, state.Dimensions, state.StoreId, out _);
        if (old is null || old.Generation < state.LogFloor || old.Generation > state.Generation)
        {
            return VectorFileWriter.Write(connection, snapshot, FilePath, state, cancellationToken);
        }

        var changes = await VectorRowReader.ChangedSinceAsync(connection, snapshot, old.Generation, state.Dimensions, cancellationToken);
        return VectorFileWriter.Merge(old, changes, FilePath, state, cancellationToken);
    }

    /// <summary>How many rows the file scan hands to the exact rescoring for a search of <paramref name="limit"/>.</summary>
    internal static int FileCandidates(int limit) => limit + Math.Max(50, limit / 3);

    private async Task<VectorView?> GetViewAsync(SqliteConnection connection, SqliteTransaction transaction, StoreVectorState state, bool lastTry, CancellationToken cancellationToken)
    {
        var view = Volatile.Read(ref _view);
        if (view is not null && (view.Generation == state.Generation || (view.Generation > state.Generation && !lastTry)))
        {
            return view.Generation == state.Generation ? view : null;
        }

        await writeGate.WaitAsync(cancellationToken);
        try
        {
            view = Volatile.Read(ref _view);
            if (view is not null && view.Generation >= state.Generation)
            {
                return view.Generation == state.Generation || lastTry ? view : null;
            }

            if (view is not null && state.CanCatchUpFrom(view.Generation) && !NewerFileOnDisk(view, state))
            {
                view.Apply(await VectorRowReader.ChangedSinceAsync(connection, transaction, view.Generation, state.Dimensions, cancellationToken), state.Generation);
                return view;
            }

            var opened = await OpenAsync(connection, transaction, state, lastTry, cancellationToken);
            if (opened is not null)
            {
                Interlocked.Exchange(ref _view, opened)?.Dispose();
            }

            return opened;
        }
        finally
        {
            writeGate.Release();
        }
    }

    /// <summary>Whether another process has written a newer file than the one under <paramref name="view"/>, which is then better reopened.</summary>
    private bool NewerFileOnDisk(VectorView view, StoreVectorState state) =>
        view.RecentRows > 0 && VectorFileWriter.GenerationOf(FilePath, state.StoreId) is var onDisk && onDisk > (view.FileGeneration ?? -1) && onDisk <= state.Generation;

    /// <summary>A new view at the snapshot's generation: the file on disk when it can serve, else one written now; null when the file is newer than the snapshot.</summary>
    private async Task<VectorView?> OpenAsync(SqliteConnection connection, SqliteTransaction transaction, StoreVectorState state, bool lastTry, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var file = VectorFile.TryOpen(FilePath, state.Dimensions, state.StoreId, out var problem);
        if (file is not null && file.Generation > state.Generation)
        {
            file.Dispose();
            file = null;
            if (!lastTry)
            {
                return null; // written by another process after this snapshot began
            }

            problem = "it is newer than the store";
        }
        else if (file is not null && file.Generation < state.LogFloor)
        {
            file.Dispose();
            file = null;
            problem = "it is older than the store's change log";
        }

        if (file is null)
        {
            Log.VectorFileUnusable(logger, FilePath, problem);
            try
            {
                if (VectorFileWriter.Write(connection, transaction, FilePath, state, cancellationToken) is not null)
                {
                    file = VectorFile.TryOpen(FilePath, state.Dimensions, state.StoreId, out problem);
                }
                else if (!lastTry)
                {
                    return null; // another process wrote a newer file meanwhile
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Log.VectorFileWriteFailed(logger, ex, FilePath);
            }

            if (file is not null && file.Generation != state.Generation)
            {
                file.Dispose();
                file = null;
            }
        }

        if (file is null)
        {
            // The folder is read-only (or a newer file keeps appearing): hold this snapshot's rows in memory, as before.
            var inMemory = new VectorView(null, state.Dimensions, state.Generation);
            await VectorRowReader.LoadAllAsync(connection, transaction, inMemory, state.Dimensions, cancellationToken);
            Log.VectorsLoaded(logger, inMemory.RecentRows, state.Dimensions, FilePath, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return inMemory;
        }

        var view = new VectorView(file, state.Dimensions, file.Generation);
        view.Apply(await VectorRowReader.ChangedSinceAsync(connection, transaction, file.Generation, state.Dimensions, cancellationToken), state.Generation);
        _fileRows = file.Count;
        Log.VectorFileOpened(logger, FilePath, view.FileRows, view.RecentRows, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return view;
    }
}
