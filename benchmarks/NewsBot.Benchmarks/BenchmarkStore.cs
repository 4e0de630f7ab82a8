using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Core.Articles;
using NewsBot.Core.Retrieval;
using NewsBot.Core.Storage;
using NewsBot.Core.Text;
using NewsBot.Ingestion.Chunking;
using NewsBot.Ingestion.Embedding;
using NewsBot.Storage.Sqlite;

namespace NewsBot.Benchmarks;

/// <summary>Builds a temporary SQLite store filled with synthetic articles up to a number of chunks.</summary>
internal static class BenchmarkStore
{
    public const int Dimensions = 384;

    public static SentenceChunker Chunker() =>
        new(new TiktokenCounter(), Options.Create(new ChunkingOptions()));

    public static string TempPath() => Path.Combine(Path.GetTempPath(), $"newsbot-bench-{Guid.NewGuid():N}.db");

    /// <summary>
    /// The embedding cache the MiniLM benchmarks keep between runs, so a large fill is embedded once:
    /// <c>NEWSBOT_BENCH_CACHE</c>, or <c>benchmark-embeddings.db</c> beside the default cache (not the default cache
    /// itself, which synthetic text would only bloat).
    /// </summary>
    public static string CachePath =>
        Environment.GetEnvironmentVariable("NEWSBOT_BENCH_CACHE") is { Length: > 0 } path
            ? path
            : Path.Combine(Path.GetDirectoryName(new EmbeddingOptions().ResolveCachePath())!, "benchmark-embeddings.db");

    /// <summary>Fills a store with synthetic chunks whose vectors come from the hashing embedder.</summary>
    public static async Task<SqliteChunkStore> FillAsync(string path, int chunks)
    {
        using var embedder = new HashingEmbeddingGenerator(Dimensions);
        return await FillAsync(path, chunks, embedder, new EmbedderSignature(HashingEmbeddingGenerator.Name, Dimensions));
    }

    /// <summary>Fills a store with synthetic chunks whose vectors come from <paramref name="embedder"/>, 500 articles per embedding call.</summary>
    public static async Task<SqliteChunkStore> FillAsync(
        string path, int chunks, IEmbeddingGenerator<string, Embedding<float>> embedder, EmbedderSignature signature)
    {
        var store = new SqliteChunkStore(path);
        var chunker = Chunker();
        await store.EnsureEmbedderAsync(signature, CancellationToken.None);
        var written = 0;
        var batch = 0;
        while (written < chunks)
        {
            var parts = new List<(Article Article, List<Chunk> Chunks)>();
            var planned = written;
            foreach (var article in SyntheticNews.Articles(500, paragraphs: 3, seed: batch++))
            {
                var cut = chunker.Split(article).Take(chunks - planned).ToList();
                parts.Add((article, cut));
                planned += cut.Count;
                if (planned >= chunks)
                {
                    break;
                }
            }

            var vectors = await embedder.GenerateAsync(parts.SelectMany(p => p.Chunks).Select(c => c.EmbeddingText).ToList());
            var next = 0;
            foreach (var (article, cut) in parts)
            {
                var embedded = cut.Select(c => new EmbeddedChunk(c, vectors[next++].Vector)).ToList();
                await store.UpsertAsync(article, ArticleId.ContentHash(article), embedded, CancellationToken.None);
            }

            written = planned;
        }

        return store;
    }

    public static void Delete(string path)
    {
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", ".vectors" })
        {
            File.Delete(path + suffix);
        }
    }

    /// <summary>A retriever and an answerer over <paramref name="store"/>, warmed up with one query.</summary>
    public static (IRetriever Retriever, ExtractiveAnswerService Answers) Answering(SqliteChunkStore store, IEmbeddingGenerator<string, Embedding<float>> embedder)
    {
        var retriever = new HybridRetriever(
            store,
            embedder,
            TimeProvider.System,
            Options.Create(new RetrievalOptions()),
            NullLogger<HybridRetriever>.Instance);
        retriever.RetrieveAsync(new RetrievalRequest("warm up the vector cache"), CancellationToken.None).GetAwaiter().GetResult();
        return (retriever, new ExtractiveAnswerService(retriever, embedder, store, Options.Create(new AnswerOptions()), NullLogger<ExtractiveAnswerService>.Instance));
    }
}
