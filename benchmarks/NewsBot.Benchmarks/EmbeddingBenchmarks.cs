using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage;
using NewsBot.Ingestion.Embedding;

namespace NewsBot.Benchmarks;

/// <summary>
/// Embedding throughput on this machine's cores: <see cref="Passages"/> passages of about a hundred words (chunks
/// cut by the project's chunker) in one call to the bare MiniLM encoder, and through the embedding cache when it is
/// cold (a fresh cache file each iteration, so every passage is looked up, embedded and written) and warm (every
/// passage already cached). Passages come from the dev slice when <c>../shared</c> is there, and from synthetic news.
/// </summary>
[Config(typeof(ThroughputConfig))]
public class EmbeddingBenchmarks
{
    /// <summary>Passages embedded per invocation.</summary>
    public const int Passages = 256;

    private static readonly string Model = new EmbedderSignature(MiniLmEmbeddingGenerator.Name, MiniLmEmbeddingGenerator.ModelDimensions).ToString();

    private MiniLmEmbeddingGenerator? encoder;
    private IReadOnlyList<string> texts = [];
    private string cachePath = string.Empty;
    private EmbeddingCache? cache;
    private CachingEmbeddingGenerator? cached;
    private TimeSpan cpu;
    private int calls;
    private string measured = string.Empty;

    /// <summary>Where the passages come from: <c>dev-slice</c> (real articles) or <c>synthetic</c>.</summary>
    [ParamsSource(nameof(Sources))]
    public string Text { get; set; } = "synthetic";

    /// <summary>The dev slice when it is there, and synthetic news always.</summary>
    public static IEnumerable<string> Sources()
    {
        if (DevSlice.Folder is null)
        {
            Console.WriteLine("// " + DevSlice.Absent);
            return ["synthetic"];
        }

        return ["dev-slice", "synthetic"];
    }

    [GlobalSetup(Targets = [nameof(Encoder), nameof(CachedCold)])]
    public void Setup()
    {
        var articles = Text == "dev-slice" ? DevSlice.ReadArticles() : SyntheticNews.Articles(200, paragraphs: 3, seed: 77);
        texts = Pick(articles);
        encoder = new MiniLmEmbeddingGenerator(Environment.ProcessorCount);

        // Loads the model into every encoder, which the first real call would otherwise pay.
        encoder.GenerateAsync(texts.Take(16 * Environment.ProcessorCount)).GetAwaiter().GetResult();
        var words = texts.Average(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        Console.WriteLine($"// {texts.Count} {Text} passages of {words:N0} words on average; {Environment.ProcessorCount} encoders");
    }

    [GlobalSetup(Target = nameof(CachedWarm))]
    public void SetupWarm()
    {
        Setup();
        OpenCache();
        cached!.GenerateAsync(texts).GetAwaiter().GetResult();
    }

    [IterationSetup(Target = nameof(CachedCold))]
    public void OpenCache()
    {
        cachePath = Path.Combine(Path.GetTempPath(), $"newsbot-bench-cache-{Guid.NewGuid():N}.db");
        cache = EmbeddingCache.Open(cachePath);
        cached = new CachingEmbeddingGenerator(encoder!, cache, Model);
    }

    /// <summary>The encoder alone: the rate every other figure is compared with.</summary>
    [Benchmark(Baseline = true)]
    public Task<int> Encoder() => EmbedAsync(encoder!, nameof(Encoder));

    /// <summary>Through a cache that has none of the passages: look-up, embedding and write.</summary>
    [Benchmark]
    public Task<int> CachedCold() => EmbedAsync(cached!, nameof(CachedCold));

    /// <summary>Through a cache that has all of them: look-up only.</summary>
    [Benchmark]
    public Task<int> CachedWarm() => EmbedAsync(cached!, nameof(CachedWarm));

    [IterationCleanup(Target = nameof(CachedCold))]
    public void DropCache()
    {
        // Only the cache: disposing the caching generator would dispose the shared encoder too.
        cache?.Dispose();
        cache = null;
        if (cachePath.Length > 0)
        {
            BenchmarkStore.Delete(cachePath);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        // On a shared machine the wall-clock rate depends on the other load; the rate per CPU-second of this process does much less.
        Console.WriteLine($"// {measured}, {Text}: {calls * Passages} passages in {cpu.TotalSeconds:N1} CPU-seconds = {calls * Passages / cpu.TotalSeconds:N1} passages per CPU-second");
        DropCache();
        encoder?.Dispose();
    }

    private async Task<int> EmbedAsync(IEmbeddingGenerator<string, Embedding<float>> embedder, string method)
    {
        measured = method;
        var before = Environment.CpuUsage.TotalTime;
        var count = (await embedder.GenerateAsync(texts)).Count;
        cpu += Environment.CpuUsage.TotalTime - before;
        calls++;
        return count;
    }

    /// <summary><see cref="Passages"/> chunks spread evenly over everything the chunker cuts from <paramref name="articles"/>.</summary>
    private static List<string> Pick(IReadOnlyList<Article> articles)
    {
        var chunker = BenchmarkStore.Chunker();
        var all = articles.SelectMany(chunker.Split).Select(c => c.EmbeddingText).ToList();
        if (all.Count < Passages)
        {
            throw new InvalidOperationException($"only {all.Count} passages were cut; {Passages} are needed.");
        }

        return [.. Enumerable.Range(0, Passages).Select(i => all[(int)((long)i * all.Count / Passages)])];
    }
}
