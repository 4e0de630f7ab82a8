using NewsBot.Core.Storage;

namespace NewsBot.Storage.Sqlite;

/// <summary>
/// The index-run lock of a SQLite store: an exclusive OS lock (flock on Unix, a sharing lock on Windows) on a file next
/// to the store, <c>&lt;store&gt;.lock</c>. The operating system drops the lock when the process ends, even when it is
/// killed, so a crashed run never leaves the store locked. The file itself stays: deleting it would race with the next run.
/// </summary>
internal sealed class StoreFileLock(string storePath, TimeProvider time) : IIndexRunLock
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public string Store { get; } = Path.GetFullPath(storePath);

    /// <summary>The lock file.</summary>
    public string LockPath => Store + ".lock";

    public IDisposable? TryAcquire()
    {
        var folder = Path.GetDirectoryName(LockPath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        try
        {
            return new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
        }
        catch (IOException ex) when (ex is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException))
        {
            return null; // another process (or another run in this one) holds it
        }
    }

    public async Task<IDisposable> AcquireAsync(Func<Task> waiting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        var held = TryAcquire();
        if (held is not null)
        {
            return held;
        }

        await waiting();
        while ((held = TryAcquire()) is null)
        {
            await Task.Delay(PollInterval, time, cancellationToken);
        }

        return held;
    }
}
