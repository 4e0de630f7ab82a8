namespace NewsBot.Ingestion.Indexing;

/// <summary>What one indexing run did.</summary>
public sealed record IndexReport(int Added, int Updated, int Unchanged, int Removed, IReadOnlyList<IndexFailure> Failures)
{
    /// <summary>Articles whose content changed in the store.</summary>
    public int Changed => Added + Updated + Removed;
}
