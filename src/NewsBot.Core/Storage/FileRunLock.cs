namespace NewsBot.Core.Storage;

/// <summary>
/// An index-run lock held as an exclusive OS lock (flock on Unix, a sharing lock on Windows) on one file. The operating
/// system drops the lock when the process ends, even when it is killed, so a crashed run never leaves the store locked.
/// The file itself stays: deleting it would race with the next run.
/// </summary>
/// <param name="store">The store the lock guards, as named in messages.</param>
/// <param name="lockPath">The lock file; its folder is created when missing.</param>
/// <param name="time">The clock the wait polls on.</param>
public sealed class FileRunLock(string store, string lockPath, TimeProvider time) : IIndexRunLock
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public string Store { get; } = store;

    /// <summary>The lock file.</summary>
    public string LockPath { get; } = lockPath;

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
