namespace NewsBot.Core.Storage;

/// <summary>
/// Lets one index run at a time write to a store, across processes, so two runs never interleave their writes.
/// A lock is released when its holder disposes it or when the holder's process ends, however it ends.
/// </summary>
public interface IIndexRunLock
{
    /// <summary>The store the lock guards, as a user knows it (a file path or an address).</summary>
    string Store { get; }

    /// <summary>Takes the lock when no other run holds it; null when one does.</summary>
    IDisposable? TryAcquire();

    /// <summary>Takes the lock, waiting while another run holds it; <paramref name="waiting"/> runs once, when the wait begins.</summary>
    Task<IDisposable> AcquireAsync(Func<Task> waiting, CancellationToken cancellationToken);
}
