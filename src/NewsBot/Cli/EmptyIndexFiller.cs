using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Ingestion.Indexing;

namespace NewsBot.Cli;

/// <summary>On a fresh machine the index is empty: fill it from the configured sources before the first question.</summary>
internal sealed class EmptyIndexFiller(IChunkStore store, IArticleIndexer indexer, IIndexRunLock runLock, IOptions<NewsBotOptions> options)
{
    public async Task FillIfEmptyAsync(TextWriter error, CancellationToken cancellationToken)
    {
        var sources = options.Value.Sources;
        if (sources.Count == 0 || (await store.CountAsync(cancellationToken)).Articles > 0)
        {
            return;
        }

        using var held = runLock.TryAcquire();
        if (held is null)
        {
            // Waiting could take as long as the whole run; answer from what it has written so far instead.
            await error.WriteLineAsync("The index is empty and another index run is filling it; answering from what it holds so far.");
            return;
        }

        if ((await store.CountAsync(cancellationToken)).Articles > 0)
        {
            return; // the run that held the lock filled it
        }

        await error.WriteLineAsync($"The index is empty; indexing {string.Join(", ", sources)} first.");
        var report = await indexer.IndexAsync(sources, null, cancellationToken);
        await IndexReportWriter.WriteAsync(report, error);
    }
}
