namespace NewsBot.Core.Indexing;

/// <summary>
/// Brings the store up to date with some sources (all the configured ones, or one of them): new articles added,
/// changed ones replaced, unchanged ones skipped, vanished ones removed. The bot and the refresh service use it
/// without knowing how articles are read, cut or embedded.
/// </summary>
public interface ISourceReindexer
{
    /// <summary>Re-indexes <paramref name="locations"/>, reporting progress summed over all of them as it goes.</summary>
    Task<ReindexReport> ReindexAsync(IReadOnlyList<string> locations, IProgress<ReindexProgress>? progress, CancellationToken cancellationToken);
}
