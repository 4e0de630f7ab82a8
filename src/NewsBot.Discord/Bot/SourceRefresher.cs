using Microsoft.Extensions.Options;
using NewsBot.Core.Indexing;
using NewsBot.Core.Storage;

namespace NewsBot.Discord.Bot;

/// <summary>
/// Re-indexes the configured sources (or one of them) through the shared <see cref="ReindexGate"/>, and the store's
/// cross-process lock when there is one, so <c>/reindex</c>, the refresh service and <c>newsbot index</c> never overlap.
/// The indexer skips unchanged articles, so only new and changed ones are embedded again.
/// </summary>
internal sealed class SourceRefresher(
    ISourceReindexer indexer,
    ReindexGate gate,
    IOptions<NewsSourcesOptions> sources,
    TimeProvider time,
    IIndexRunLock? runLock = null)
{
    public IReadOnlyList<string> Sources => [.. sources.Value.Sources.Where(s => !string.IsNullOrWhiteSpace(s))];

    public async Task<ReindexOutcome> RunAsync(string? onlySource, Action<ReindexProgress>? progress, CancellationToken cancellationToken)
    {
        using var run = gate.TryStart();
        if (run is null)
        {
            return new ReindexOutcome(null, gate.Running ?? new ReindexProgress(0, 0, 0), null);
        }

        using var held = runLock?.TryAcquire();
        if (runLock is not null && held is null)
        {
            return new ReindexOutcome(null, null, runLock.Store);
        }

        var locations = onlySource is null ? Sources : [onlySource];
        var report = await indexer.ReindexAsync(locations, new Relay(run, progress), cancellationToken);
        if (!report.Stopped)
        {
            run.Finished(time.GetUtcNow());
        }

        return new ReindexOutcome(report, null, null);
    }

    /// <summary>Hands each progress report to the gate (for a second <c>/reindex</c> to see) and to the caller, on the reporting thread.</summary>
    private sealed class Relay(ReindexGate.Run run, Action<ReindexProgress>? progress) : IProgress<ReindexProgress>
    {
        public void Report(ReindexProgress value)
        {
            run.Report(value);
            progress?.Invoke(value);
        }
    }
}
