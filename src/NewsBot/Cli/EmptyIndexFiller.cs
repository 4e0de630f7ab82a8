using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Ingestion.Indexing;

namespace NewsBot.Cli;

/// <summary>
/// On a fresh machine the index is empty: fill it from the configured sources before the first question. The indexer
/// (readers, HTTP clients, the chunker's tokenizer) is only made when the index is empty, so a question to a filled
/// index does not pay for it.
/// </summary>
internal sealed class EmptyIndexFiller(IChunkStore store, Lazy<IArticleIndexer> indexer, IIndexRunLock runLock, IOptions<NewsBotOptions> options)
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
        var report = await indexer.Value.IndexAsync(sources, null, cancellationToken);
        await IndexReportWriter.WriteAsync(report, error);
    }
}
