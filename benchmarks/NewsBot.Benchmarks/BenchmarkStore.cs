using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage;
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

    public static async Task<SqliteChunkStore> FillAsync(string path, int chunks)
    {
        var store = new SqliteChunkStore(path);
        var embedder = new HashingEmbeddingGenerator(Dimensions);
        var chunker = Chunker();
        await store.EnsureEmbedderAsync(new EmbedderSignature(HashingEmbeddingGenerator.Name, Dimensions), CancellationToken.None);
        var written = 0;
        var batch = 0;
        while (written < chunks)
        {
            foreach (var article in SyntheticNews.Articles(500, paragraphs: 3, seed: batch++))
            {
                var parts = chunker.Split(article).Take(chunks - written).ToList();
                var vectors = parts.Select(c => new EmbeddedChunk(c, embedder.Embed(c.EmbeddingText))).ToList();
                await store.UpsertAsync(article, ArticleId.ContentHash(article), vectors, CancellationToken.None);
                written += parts.Count;
                if (written >= chunks)
                {
                    break;
                }
            }
        }

        return store;
    }

    public static void Delete(string path)
    {
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }
}
