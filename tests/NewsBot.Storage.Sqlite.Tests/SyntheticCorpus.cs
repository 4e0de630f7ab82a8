using System.Numerics.Tensors;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage;
using NewsBot.Testing.Storage;

namespace NewsBot.Storage.Sqlite.Tests;

/// <summary>
/// Articles whose chunk vectors lie in clusters around random centres (as passages about the same stories do), or are
/// bags of hashed words (as the hashing embedder makes them, with questions of a few words), with outlets and dates for
/// filters, and the exact brute-force search the store's answers are measured against.
/// </summary>
internal sealed class SyntheticCorpus
{
    public static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly string[] Outlets = ["Alpha News", "Beta Times", "Gamma Post", "Delta Daily"];

    private readonly Dictionary<string, List<string>> _chunkIds = new(StringComparer.Ordinal);
    private readonly float[][] _centres;
    private readonly Random _random;
    private readonly int _vocabulary;

    /// <summary>Clustered vectors; with <paramref name="vocabulary"/> words instead, bags of those words hashed into the dimensions.</summary>
    public SyntheticCorpus(int dimensions, int clusters, int seed, int vocabulary = 0)
    {
        Dimensions = dimensions;
        _random = new Random(seed);
        _vocabulary = vocabulary;
        _centres = [.. Enumerable.Range(0, clusters).Select(_ => Gaussian(1f))];
    }

    public int Dimensions { get; }

    /// <summary>The stored chunks by chunk id, as the store should hold them.</summary>
    public Dictionary<string, (string? Outlet, DateTimeOffset? Published, float[] Vector)> Chunks { get; } = new(StringComparer.Ordinal);

    /// <summary>A new article of <paramref name="chunks"/> chunks; call <see cref="Stored"/> once it is written.</summary>
    public TestArticle NextArticle(string id, int chunks, string version = "v1")
    {
        var outlet = _random.Next(10) == 0 ? null : Outlets[_random.Next(Outlets.Length)];
        DateTimeOffset? published = _random.Next(12) == 0 ? null : Start.AddHours(_random.Next(365 * 24));
        var builder = TestArticleBuilder.Article(id).FromOutlet(outlet).PublishedAt(published);
        var centre = _vocabulary > 0 ? [] : _centres[_random.Next(_centres.Length)];
        for (var c = 0; c < chunks; c++)
        {
            builder.WithChunk($"{version} passage {c} of {id}.", _vocabulary > 0 ? Bag(60) : Near(_random.Next(4) == 0 ? _centres[_random.Next(_centres.Length)] : centre, 1f + (2f * (float)_random.NextDouble())));
        }

        return builder.Build();
    }

    /// <summary>Records a written article as the truth (replacing any earlier version).</summary>
    public void Stored(TestArticle article)
    {
        Removed(article.Article.Id);
        foreach (var chunk in article.Chunks)
        {
            Chunks[chunk.Chunk.Id] = (article.Article.Outlet, article.Article.Published, chunk.Vector.ToArray());
        }

        _chunkIds[article.Article.Id] = [.. article.Chunks.Select(c => c.Chunk.Id)];
    }

    /// <summary>Records that an article was removed.</summary>
    public void Removed(string articleId)
    {
        if (_chunkIds.Remove(articleId, out var ids))
        {
            foreach (var id in ids)
            {
                Chunks.Remove(id);
            }
        }
    }

    /// <summary>Writes <paramref name="count"/> new articles of <paramref name="chunks"/> chunks each.</summary>
    public async Task WriteAsync(IChunkStore store, string prefix, int count, int chunks, CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            var article = NextArticle($"{prefix}{i}", chunks);
            await store.UpsertAsync(article.Article, article.ContentHash, article.Chunks, cancellationToken);
            Stored(article);
        }
    }

    /// <summary>A question vector near one of the clusters, or a bag of four words.</summary>
    public float[] Query() => _vocabulary > 0 ? Bag(4) : Near(_centres[_random.Next(_centres.Length)], 0.8f);

    /// <summary>The chunk ids an exact float32 cosine search returns, best first.</summary>
    public List<string> Exact(float[] query, SearchFilter filter, int limit) =>
        [.. Chunks.Where(c => filter.Matches(c.Value.Outlet, c.Value.Published))
            .Select(c => (Id: c.Key, Score: TensorPrimitives.CosineSimilarity(query, c.Value.Vector)))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(limit)
            .Select(c => c.Id)];

    /// <summary>The exact cosine similarity of a stored chunk to <paramref name="query"/>.</summary>
    public float Cosine(float[] query, string chunkId) => TensorPrimitives.CosineSimilarity(query, Chunks[chunkId].Vector);

    private float[] Near(float[] centre, float spread)
    {
        var noise = Gaussian(spread);
        TensorPrimitives.Add(noise, centre, noise);
        return noise;
    }

    /// <summary>
    /// <paramref name="words"/> words drawn with Zipf-like frequencies, each adding ±1 at three hashed dimensions (a word
    /// and two of its pieces), so that common words make every vector share a large part, as hashed features do.
    /// </summary>
    private float[] Bag(int words)
    {
        var vector = new float[Dimensions];
        for (var w = 0; w < words; w++)
        {
            var word = (int)Math.Min(_vocabulary - 1, Math.Floor(Math.Pow(_vocabulary, _random.NextDouble())) - 1);
            for (var piece = 0; piece < 3; piece++)
            {
                var hash = (uint)((word * 3) + piece) * 2654435761u;
                hash ^= hash >> 15;
                hash *= 2246822519u;
                hash ^= hash >> 13;
                vector[hash % (uint)Dimensions] += (hash & 0x8000_0000) == 0 ? 1f : -1f;
            }
        }

        return vector;
    }

    private float[] Gaussian(float sigma)
    {
        var vector = new float[Dimensions];
        for (var i = 0; i < vector.Length; i++)
        {
            // Box–Muller, scaled so the vector's expected length is sigma.
            var u = 1.0 - _random.NextDouble();
            var v = _random.NextDouble();
            vector[i] = (float)(Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2 * Math.PI * v) * sigma / Math.Sqrt(Dimensions));
        }

        return vector;
    }
}
