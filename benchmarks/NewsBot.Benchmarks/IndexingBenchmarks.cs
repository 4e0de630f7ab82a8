using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage;
using NewsBot.Ingestion.Embedding;
using NewsBot.Ingestion.Indexing;
using NewsBot.Ingestion.Reading;
using NewsBot.Storage.Sqlite;

namespace NewsBot.Benchmarks;

/// <summary>Full indexing (chunk, embed, write) of synthetic articles into a fresh SQLite store; chunks/s = Chunks / Mean.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
[MemoryDiagnoser]
public class IndexingBenchmarks
{
    private IReadOnlyList<Article> articles = [];
    private string path = string.Empty;
    private SqliteChunkStore? store;

    /// <summary>Articles of three paragraphs make about three chunks each.</summary>
    [Params(10_000, 100_000)]
    public int Chunks { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var chunker = BenchmarkStore.Chunker();
        var all = new List<Article>();
        var total = 0;
        var seed = 1000;
        while (total < Chunks)
        {
            foreach (var article in SyntheticNews.Articles(500, paragraphs: 3, seed: seed++))
            {
                total += chunker.Split(article).Count;
                all.Add(article);
                if (total >= Chunks)
                {
                    break;
                }
            }
        }

        articles = all;
        Console.WriteLine($"// {articles.Count} articles make {total} chunks");
    }

    [IterationSetup]
    public void NewStore()
    {
        path = BenchmarkStore.TempPath();
        store = new SqliteChunkStore(path);
    }

    [Benchmark]
    public async Task<int> IndexAll()
    {
        var indexer = new ArticleIndexer(
            new ListReader(articles),
            BenchmarkStore.Chunker(),
            new HashingEmbeddingGenerator(BenchmarkStore.Dimensions),
            new EmbedderSignature(HashingEmbeddingGenerator.Name, BenchmarkStore.Dimensions),
            store!,
            Options.Create(new EmbeddingOptions()),
            NullLogger<ArticleIndexer>.Instance);
        var report = await indexer.IndexAsync(["bench"], null, CancellationToken.None);
        return report.Added;
    }

    [IterationCleanup]
    public void DropStore()
    {
        store?.Dispose();
        BenchmarkStore.Delete(path);
    }

    [GlobalCleanup]
    public void Cleanup() => PeakMemory.Print($"indexing {Chunks} chunks");

    private sealed class ListReader(IReadOnlyList<Article> articles) : ISourceReader
    {
        public async IAsyncEnumerable<ReadOutcome> ReadAsync(string location, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            foreach (var article in articles)
            {
                yield return ReadOutcome.Success(article);
            }
        }
    }
}
