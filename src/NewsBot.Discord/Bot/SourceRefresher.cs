using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Ingestion.Indexing;

namespace NewsBot.Discord.Bot;

/// <summary>
/// Re-indexes the configured sources (or one of them) through the shared <see cref="ReindexGate"/>, and the store's
/// cross-process lock when there is one, so <c>/reindex</c>, the refresh service and <c>newsbot index</c> never overlap.
/// The indexer skips unchanged articles, so only new and changed ones are embedded again.
/// </summary>
internal sealed class SourceRefresher(
    IArticleIndexer indexer,
    ReindexGate gate,
    IOptions<NewsSourcesOptions> sources,
    TimeProvider time,
    IIndexRunLock? runLock = null)
{
    public IReadOnlyList<string> Sources => [.. sources.Value.Sources.Where(s => !string.IsNullOrWhiteSpace(s))];

    public async Task<ReindexOutcome> RunAsync(string? onlySource, Action<ReindexStatus>? progress, CancellationToken cancellationToken)
    {
        using var run = gate.TryStart();
        if (run is null)
        {
            return new ReindexOutcome(null, gate.Running ?? new ReindexStatus(0, 0, 0), null);
        }

        using var held = runLock?.TryAcquire();
        if (runLock is not null && held is null)
        {
            return new ReindexOutcome(null, null, runLock.Store);
        }

        var locations = onlySource is null ? Sources : [onlySource];
        var tracker = new ProgressTracker(status =>
        {
            run.Report(status);
            progress?.Invoke(status);
        });
        var report = await indexer.IndexAsync(locations, tracker, cancellationToken);
        if (!report.Stopped)
        {
            run.Finished(time.GetUtcNow());
        }

        return new ReindexOutcome(report, null, null);
    }

    /// <summary>Sums the per-location progress the indexer reports into one done-of-total.</summary>
    private sealed class ProgressTracker(Action<ReindexStatus> report) : IProgress<IndexProgress>
    {
        private readonly Dictionary<string, IndexProgress> byLocation = new(StringComparer.Ordinal);

        public void Report(IndexProgress value)
        {
            ReindexStatus status;
            lock (byLocation)
            {
                byLocation[value.Location] = value;
                status = new ReindexStatus(byLocation.Values.Sum(p => p.Done), byLocation.Values.Sum(p => p.Total), 0);
            }

            report(status);
        }
    }
}
