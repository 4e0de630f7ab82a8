namespace NewsBot.Ingestion.Indexing;

/// <summary>What one indexing run did.</summary>
public sealed record IndexReport(int Added, int Updated, int Unchanged, int Removed, IReadOnlyList<IndexFailure> Failures)
{
    /// <summary>Articles whose content changed in the store.</summary>
    public int Changed => Added + Updated + Removed;

    /// <summary>Items skipped because their content repeats another item's (identical files in a folder).</summary>
    public IReadOnlyList<IndexDuplicate> Duplicates { get; init; } = [];

    /// <summary>
    /// True when the run was stopped (cancelled) before it finished: what it wrote is kept, each article whole, and
    /// nothing was removed, since the articles not reached were not seen.
    /// </summary>
    public bool Stopped { get; init; }
}
