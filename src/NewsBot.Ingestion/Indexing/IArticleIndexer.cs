namespace NewsBot.Ingestion.Indexing;

/// <summary>Reads sources and brings the store up to date with them, article by article.</summary>
public interface IArticleIndexer
{
    /// <summary>
    /// Indexes every article at <paramref name="locations"/> (files, folders, page or feed URLs): new ones added,
    /// changed ones replaced atomically, unchanged ones skipped, and ones that vanished from a source removed.
    /// </summary>
    Task<IndexReport> IndexAsync(IReadOnlyList<string> locations, IProgress<IndexProgress>? progress, CancellationToken cancellationToken);
}
