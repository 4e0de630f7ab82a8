using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage;
using NewsBot.Ingestion.Chunking;
using NewsBot.Ingestion.Embedding;
using NewsBot.Ingestion.Reading;

namespace NewsBot.Ingestion.Indexing;

/// <summary>
/// Incremental indexing: read, compare content hashes, chunk and embed only what changed, write atomically. Articles
/// stream through: each is cut, embedded and written as it is read, so a run that is stopped keeps what it finished.
/// </summary>
internal sealed class ArticleIndexer(
    ISourceReader reader,
    SentenceChunker chunker,
    IEmbeddingGenerator<string, Embedding<float>> embedder,
    EmbedderSignature signature,
    IChunkStore store,
    IOptions<EmbeddingOptions> embedding,
    ILogger<ArticleIndexer> logger) : IArticleIndexer
{
    /// <summary>How many articles are cut and embedded ahead of the one being written.</summary>
    private static readonly int Lookahead = 2 * Environment.ProcessorCount;

    public async Task<IndexReport> IndexAsync(IReadOnlyList<string> locations, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        await store.EnsureEmbedderAsync(signature, cancellationToken);
        var tally = new Tally();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stopped = false;
        foreach (var location in locations)
        {
            try
            {
                await IndexLocationAsync(location, seen, tally, progress, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Every write is one transaction, so what was written is whole; nothing is removed, since the
                // articles this run did not reach were not seen.
                stopped = true;
                break;
            }
        }

        var report = new IndexReport(tally.Added, tally.Updated, tally.Unchanged, tally.Removed, tally.Failures)
        {
            Duplicates = tally.Duplicates,
            Stopped = stopped,
        };
        if (stopped)
        {
            Log.IndexStopped(logger, report.Added, report.Updated);
        }
        else if (store is IFlushableStore flushable)
        {
            await flushable.FlushAsync(cancellationToken);
        }

        Log.Indexed(logger, report.Added, report.Updated, report.Unchanged, report.Removed, report.Failures.Count);
        return report;
    }

    private async Task IndexLocationAsync(string location, HashSet<string> seen, Tally tally, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        var failedBefore = tally.Failures.Count;
        var sourceKeys = new HashSet<string>(StringComparer.Ordinal);
        var storedHashes = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        int read = 0, done = 0;
        var ahead = new Queue<Task<PreparedArticle>>();
        var complete = false;
        try
        {
            await using var outcomes = reader.ReadAsync(location, cancellationToken).GetAsyncEnumerator(cancellationToken);
            Task<bool>? fetching = null;
            try
            {
                while (true)
                {
                    var moving = outcomes.MoveNextAsync();
                    if (!moving.IsCompleted && ahead.Count > 0)
                    {
                        // While the source is busy with its next item (a page being fetched), write what is ready, so a
                        // slow source does not hold finished articles back.
                        var next = moving.AsTask();
                        fetching = next;
                        while (ahead.Count > 0 && !next.IsCompleted)
                        {
                            if (await Task.WhenAny(next, ahead.Peek()) != next)
                            {
                                await WriteAsync(await ahead.Dequeue(), tally, cancellationToken);
                                progress?.Report(new IndexProgress(location, ++done, read) { Failures = tally.Failures.Count - failedBefore });
                            }
                        }

                        moving = new ValueTask<bool>(next);
                    }

                    if (!await NextAsync(moving, location, tally))
                    {
                        break;
                    }

                    var outcome = outcomes.Current;
                    read++;
                    progress?.Report(new IndexProgress(location, done, read) { Failures = tally.Failures.Count - failedBefore });
                    if (await AcceptAsync(outcome, seen, sourceKeys, storedHashes, tally, cancellationToken) is { } accepted)
                    {
                        // Cutting and embedding run on the other cores a few articles ahead; writes stay in order, one at a time.
                        ahead.Enqueue(Task.Run(() => PrepareAsync(accepted.Article, accepted.Hash, cancellationToken), cancellationToken));
                    }
                    else
                    {
                        progress?.Report(new IndexProgress(location, ++done, read) { Failures = tally.Failures.Count - failedBefore });
                    }

                    while (ahead.Count >= Lookahead || (ahead.Count > 0 && ahead.Peek().IsCompleted))
                    {
                        await WriteAsync(await ahead.Dequeue(), tally, cancellationToken);
                        progress?.Report(new IndexProgress(location, ++done, read) { Failures = tally.Failures.Count - failedBefore });
                    }
                }

                while (ahead.Count > 0)
                {
                    await WriteAsync(await ahead.Dequeue(), tally, cancellationToken);
                    progress?.Report(new IndexProgress(location, ++done, read) { Failures = tally.Failures.Count - failedBefore });
                }

                complete = true;
            }
            finally
            {
                // A write stopped while the source was still fetching its next item: the source must finish that (it
                // ends with the token) before it is disposed, which it refuses mid-item.
                if (fetching is { IsCompleted: false })
                {
                    await ((Task)fetching).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }
            }
        }
        finally
        {
            if (!complete)
            {
                // Stopped: the articles cut ahead are not written; their work ends with the token.
                foreach (var task in ahead)
                {
                    _ = task.ContinueWith(static t => t.Exception, TaskScheduler.Default);
                }
            }
        }

        progress?.Report(new IndexProgress(location, read, read) { Failures = tally.Failures.Count - failedBefore });
        var vanished = sourceKeys.SelectMany(key => storedHashes[key].Keys.Where(id => !seen.Contains(id))).ToList();
        if (tally.Failures.Count > failedBefore)
        {
            // Only worth a warning when something is kept that would otherwise go; the failures are in the report.
            if (vanished.Count > 0)
            {
                Log.RemovalSkipped(logger, location, vanished.Count, tally.Failures.Count - failedBefore);
            }

            return;
        }

        foreach (var id in vanished)
        {
            if (await store.RemoveAsync(id, cancellationToken))
            {
                tally.Removed++;
            }
        }
    }

    /// <summary>
    /// Moves to the next item read. A reader that breaks off with an I/O error (a folder that cannot be listed) ends
    /// the location as one failure, so its articles are not taken for vanished; cancellation is passed on.
    /// </summary>
    private async Task<bool> NextAsync(ValueTask<bool> moving, string location, Tally tally)
    {
        try
        {
            return await moving;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            LogFailure(location, ex);
            tally.Failures.Add(new IndexFailure(location, $"{location} could not be read to the end: {ex.Message}"));
            return false;
        }
    }

    /// <summary>Counts an item that needs no writing (a failure, a duplicate, an unchanged article) or returns the article to write.</summary>
    private async Task<(Article Article, string Hash)?> AcceptAsync(
        ReadOutcome outcome,
        HashSet<string> seen,
        HashSet<string> sourceKeys,
        Dictionary<string, IReadOnlyDictionary<string, string>> storedHashes,
        Tally tally,
        CancellationToken cancellationToken)
    {
        if (outcome.DuplicateOf is { } original)
        {
            tally.Duplicates.Add(new IndexDuplicate(outcome.Origin, original));
            return null;
        }

        if (outcome.Article is not { } article)
        {
            tally.Failures.Add(new IndexFailure(outcome.Origin, outcome.Error ?? "it could not be read"));
            return null;
        }

        if (!seen.Add(article.Id))
        {
            tally.Failures.Add(new IndexFailure(outcome.Origin, $"another item in this run already has the article id '{article.Id}', so it was skipped."));
            return null;
        }

        if (sourceKeys.Add(article.SourceKey))
        {
            storedHashes[article.SourceKey] = await store.GetContentHashesAsync(article.SourceKey, cancellationToken);
        }

        var hash = chunker.Fingerprint(ArticleId.ContentHash(article));
        if (storedHashes[article.SourceKey].TryGetValue(article.Id, out var storedHash) && storedHash == hash)
        {
            tally.Unchanged++;
            return null;
        }

        return (article, hash);
    }

    /// <summary>Cuts and embeds one article; a failure is kept as the article's reason, not thrown.</summary>
    private async Task<PreparedArticle> PrepareAsync(Article article, string hash, CancellationToken cancellationToken)
    {
        try
        {
            var chunks = chunker.Split(article);
            return chunks.Count == 0
                ? new PreparedArticle(article, hash, [], "the article has no text to index after cleaning.")
                : new PreparedArticle(article, hash, await EmbedAsync(chunks, cancellationToken), null);
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or ArgumentException or IOException)
        {
            LogFailure(article.Origin, ex);
            return new PreparedArticle(article, hash, [], ex.Message);
        }
    }

    private async Task WriteAsync(PreparedArticle prepared, Tally tally, CancellationToken cancellationToken)
    {
        // After a stop nothing more is written, and what failed meanwhile (an article whose embedding or write was cut
        // off by the stop) is the stop, not a failure of the article: the run must end as stopped.
        cancellationToken.ThrowIfCancellationRequested();
        if (prepared.Error is { } error)
        {
            tally.Failures.Add(new IndexFailure(prepared.Article.Origin, error));
            return;
        }

        try
        {
            var change = await store.UpsertAsync(prepared.Article, prepared.Hash, prepared.Chunks, cancellationToken);
            switch (change)
            {
                case IndexChange.Added:
                    tally.Added++;
                    break;
                case IndexChange.Updated:
                    tally.Updated++;
                    break;
                default:
                    tally.Unchanged++;
                    break;
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IOException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            LogFailure(prepared.Article.Origin, ex);
            tally.Failures.Add(new IndexFailure(prepared.Article.Origin, ex.Message));
        }
    }

    /// <summary>An article that fails is reported with its reason; the exception's stack trace is for Debug logging only.</summary>
    private void LogFailure(string origin, Exception exception)
    {
        Log.ArticleFailed(logger, origin, exception.Message);
        Log.ArticleFailedDetail(logger, origin, exception);
    }

    private async Task<IReadOnlyList<EmbeddedChunk>> EmbedAsync(IReadOnlyList<Chunk> chunks, CancellationToken cancellationToken)
    {
        var result = new List<EmbeddedChunk>(chunks.Count);
        foreach (var batch in chunks.Chunk(embedding.Value.BatchSize))
        {
            var embeddings = await embedder.GenerateAsync(batch.Select(c => c.EmbeddingText), cancellationToken: cancellationToken);
            if (embeddings.Count != batch.Length)
            {
                throw new InvalidOperationException($"the embedder returned {embeddings.Count} vectors for {batch.Length} passages.");
            }

            result.AddRange(batch.Select((chunk, i) => new EmbeddedChunk(chunk, embeddings[i].Vector)));
        }

        return result;
    }

    /// <summary>An article cut and embedded, ready to write, or the reason it cannot be.</summary>
    private sealed record PreparedArticle(Article Article, string Hash, IReadOnlyList<EmbeddedChunk> Chunks, string? Error);

    private sealed class Tally
    {
        public int Added { get; set; }

        public int Updated { get; set; }

        public int Unchanged { get; set; }

        public int Removed { get; set; }

        public List<IndexFailure> Failures { get; } = [];

        public List<IndexDuplicate> Duplicates { get; } = [];
    }
}
