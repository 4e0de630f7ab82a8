using NewsBot.Core.Indexing;

namespace NewsBot.Ingestion.Indexing;

/// <summary>
/// Core's <see cref="ISourceReindexer"/> over the incremental <see cref="IArticleIndexer"/>: the per-location progress
/// it reports is summed into one done-of-total with the failures so far, and its report is handed on as Core's record.
/// </summary>
internal sealed class SourceReindexer(IArticleIndexer indexer) : ISourceReindexer
{
    public async Task<ReindexReport> ReindexAsync(IReadOnlyList<string> locations, IProgress<ReindexProgress>? progress, CancellationToken cancellationToken)
    {
        var report = await indexer.IndexAsync(locations, progress is null ? null : new Summed(progress), cancellationToken);
        return new ReindexReport(
            report.Added,
            report.Updated,
            report.Unchanged,
            report.Removed,
            [.. report.Failures.Select(f => new ReindexFailure(f.Origin, f.Reason))],
            report.Stopped);
    }

    /// <summary>Keeps the latest progress of each location and reports their sum.</summary>
    private sealed class Summed(IProgress<ReindexProgress> target) : IProgress<IndexProgress>
    {
        private readonly Dictionary<string, IndexProgress> byLocation = new(StringComparer.Ordinal);

        public void Report(IndexProgress value)
        {
            ReindexProgress sum;
            lock (byLocation)
            {
                byLocation[value.Location] = value;
                sum = new ReindexProgress(
                    byLocation.Values.Sum(p => p.Done),
                    byLocation.Values.Sum(p => p.Total),
                    byLocation.Values.Sum(p => p.Failures));
            }

            target.Report(sum);
        }
    }
}
