namespace NewsBot.Core.Storage;

/// <summary>
/// A store that rebuilds beside the live index, so questions are answered from the old index until the new one is
/// complete (Qdrant: a new versioned collection, then one alias switch). A store without it is emptied and refilled.
/// </summary>
public interface IRebuildableStore
{
    /// <summary>Sends this instance's reads and writes to a new, empty index; other readers keep the live one.</summary>
    Task BeginRebuildAsync(CancellationToken cancellationToken);

    /// <summary>Makes the new index the live one in one step and drops the old one.</summary>
    Task CompleteRebuildAsync(CancellationToken cancellationToken);

    /// <summary>Drops the new index and returns to the live one, which is left as it was.</summary>
    Task AbandonRebuildAsync(CancellationToken cancellationToken);
}
