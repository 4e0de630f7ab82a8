using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage;
using NewsBot.Ingestion.Chunking;
using NewsBot.Ingestion.Embedding;
using NewsBot.Ingestion.Reading;

namespace NewsBot.Ingestion.Indexing;

/// <summary>Incremental indexing: read, compare content hashes, chunk and embed only what changed, write atomically.</summary>
internal sealed class ArticleIndexer(
    ISourceReader reader,
    SentenceChunker chunker,
    IEmbeddingGenerator<string, Embedding<float>> embedder,
    EmbedderSignature signature,
    IChunkStore store,
    IOptions<EmbeddingOptions> embedding,
    ILogger<ArticleIndexer> logger) : IArticleIndexer
{
    public async Task<IndexReport> IndexAsync(IReadOnlyList<string> locations, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        await store.EnsureEmbedderAsync(signature, cancellationToken);
        var tally = new Tally();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var location in locations)
        {
            await IndexLocationAsync(location, seen, tally, progress, cancellationToken);
        }

        var report = new IndexReport(tally.Added, tally.Updated, tally.Unchanged, tally.Removed, tally.Failures);
        Log.Indexed(logger, report.Added, report.Updated, report.Unchanged, report.Removed, report.Failures.Count);
        return report;
    }

    private async Task IndexLocationAsync(string location, HashSet<string> seen, Tally tally, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        var outcomes = new List<ReadOutcome>();
        await foreach (var outcome in reader.ReadAsync(location, cancellationToken))
        {
            outcomes.Add(outcome);
        }

        var failedBefore = tally.Failures.Count;
        var sourceKeys = new HashSet<string>(StringComparer.Ordinal);
        var storedHashes = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var done = 0;
        foreach (var outcome in outcomes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new IndexProgress(location, done++, outcomes.Count));
            if (outcome.Article is not { } article)
            {
                tally.Failures.Add(new IndexFailure(outcome.Origin, outcome.Error ?? "it could not be read"));
                continue;
            }

            if (!seen.Add(article.Id))
            {
                tally.Failures.Add(new IndexFailure(outcome.Origin, $"another item in this run already has the article id '{article.Id}', so it was skipped."));
                continue;
            }

            if (sourceKeys.Add(article.SourceKey))
            {
                storedHashes[article.SourceKey] = await store.GetContentHashesAsync(article.SourceKey, cancellationToken);
            }

            await IndexArticleAsync(article, storedHashes[article.SourceKey], tally, cancellationToken);
        }

        progress?.Report(new IndexProgress(location, outcomes.Count, outcomes.Count));
        if (tally.Failures.Count > failedBefore)
        {
            Log.RemovalSkipped(logger, location, tally.Failures.Count - failedBefore);
            return;
        }

        foreach (var key in sourceKeys)
        {
            foreach (var vanished in storedHashes[key].Keys.Where(id => !seen.Contains(id)))
            {
                if (await store.RemoveAsync(vanished, cancellationToken))
                {
                    tally.Removed++;
                }
            }
        }
    }

    private async Task IndexArticleAsync(Article article, IReadOnlyDictionary<string, string> stored, Tally tally, CancellationToken cancellationToken)
    {
        var hash = chunker.Fingerprint(ArticleId.ContentHash(article));
        if (stored.TryGetValue(article.Id, out var storedHash) && storedHash == hash)
        {
            tally.Unchanged++;
            return;
        }

        try
        {
            var chunks = chunker.Split(article);
            if (chunks.Count == 0)
            {
                tally.Failures.Add(new IndexFailure(article.Origin, "the article has no text to index after cleaning."));
                return;
            }

            var vectors = await EmbedAsync(chunks, cancellationToken);
            var change = await store.UpsertAsync(article, hash, vectors, cancellationToken);
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
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or ArgumentException or IOException)
        {
            Log.ArticleFailed(logger, article.Origin, ex);
            tally.Failures.Add(new IndexFailure(article.Origin, ex.Message));
        }
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

    private sealed class Tally
    {
        public int Added { get; set; }

        public int Updated { get; set; }

        public int Unchanged { get; set; }

        public int Removed { get; set; }

        public List<IndexFailure> Failures { get; } = [];
    }
}
