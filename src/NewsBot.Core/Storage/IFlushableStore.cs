namespace NewsBot.Core.Storage;

/// <summary>
/// A store that keeps a structure derived from its rows (the SQLite store: its on-disk vector index) and brings it up
/// to date in one step when an index run ends. Optional: without the call such a store still answers rightly, only its
/// readers do more work until it is brought up to date.
/// </summary>
public interface IFlushableStore
{
    /// <summary>Brings the derived structure up to date with every committed write.</summary>
    Task FlushAsync(CancellationToken cancellationToken);
}
