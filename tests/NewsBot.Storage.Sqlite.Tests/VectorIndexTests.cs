using System.Numerics.Tensors;
using NewsBot.Core.Storage;

namespace NewsBot.Storage.Sqlite.Tests;

/// <summary>The in-memory vector index against a plain, obviously correct scan.</summary>
public sealed class VectorIndexTests
{
    private const int Dims = 16;
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Outlets = ["Alpha", "Beta", "Gamma"];

    [Fact]
    public void Search_ManyRowsOverSeveralPartitions_MatchesPlainScan()
    {
        var rows = RandomRows(seed: 1, articles: 3000, chunksPerArticle: 7);
        var index = Build(rows);
        var query = RandomVector(new Random(99));

        var found = index.Search(query, SearchFilter.None, 25);

        Assert.Equal(PlainScan(rows, query, SearchFilter.None, 25), found.Select(r => r.RowId));
    }

    [Fact]
    public void Search_WithFilter_MatchesPlainScan()
    {
        var rows = RandomRows(seed: 2, articles: 2000, chunksPerArticle: 5);
        var index = Build(rows);
        var query = RandomVector(new Random(7));
        var filter = new SearchFilter { Outlets = ["beta", "GAMMA"], From = Start.AddDays(100), To = Start.AddDays(200) };

        var found = index.Search(query, filter, 10);

        Assert.Equal(PlainScan(rows, query, filter, 10), found.Select(r => r.RowId));
        Assert.NotEmpty(found);
    }

    [Fact]
    public void ReplaceArticle_RemovingAndReplacingMany_KeepsIndexEqualToPlainScan()
    {
        var rows = RandomRows(seed: 3, articles: 500, chunksPerArticle: 4);
        var index = Build(rows);
        var random = new Random(5);
        var nextPosition = 100;
        for (var i = 0; i < 300; i++)
        {
            long articleKey = random.Next(500);
            rows.RemoveAll(r => r.RowId >> ChunkRowId.PositionBits == articleKey);
            var replacement = random.Next(3) == 0
                ? []
                : Enumerable.Range(0, random.Next(1, 6)).Select(_ => new VectorRow(ChunkRowId.Of(articleKey, nextPosition++), "Alpha", Start, RandomVector(random))).ToList();
            rows.AddRange(replacement);
            index.ReplaceArticle(articleKey, replacement);
        }

        var query = RandomVector(random);

        Assert.Equal(rows.Count, index.Count);
        Assert.Equal(PlainScan(rows, query, SearchFilter.None, rows.Count), index.Search(query, SearchFilter.None, rows.Count).Select(r => r.RowId));
    }

    [Fact]
    public void Search_UnnormalisedVectors_ScoresCosineSimilarity()
    {
        var index = new VectorIndex(2);
        index.Add(1, null, null, [3f, 4f]);

        var hit = Assert.Single(index.Search([10f, 0f], SearchFilter.None, 5));

        Assert.Equal(0.6f, hit.Score, 5);
    }

    private static VectorIndex Build(IEnumerable<VectorRow> rows)
    {
        var index = new VectorIndex(Dims);
        foreach (var row in rows)
        {
            index.Add(row.RowId, row.Outlet, row.Published, row.Vector.Span);
        }

        return index;
    }

    private static List<long> PlainScan(IEnumerable<VectorRow> rows, float[] query, SearchFilter filter, int limit) =>
        [.. rows.Where(r => filter.Matches(r.Outlet, r.Published))
            .Select(r => (r.RowId, Score: TensorPrimitives.CosineSimilarity(query, r.Vector.Span)))
            .OrderByDescending(r => r.Score).ThenBy(r => r.RowId)
            .Take(limit)
            .Select(r => r.RowId)];

    private static List<VectorRow> RandomRows(int seed, int articles, int chunksPerArticle)
    {
        var random = new Random(seed);
        var rows = new List<VectorRow>();
        for (var a = 0; a < articles; a++)
        {
            var outlet = a % 10 == 0 ? null : Outlets[a % Outlets.Length];
            DateTimeOffset? published = a % 7 == 0 ? null : Start.AddDays(random.Next(365));
            for (var c = 0; c < chunksPerArticle; c++)
            {
                rows.Add(new VectorRow(ChunkRowId.Of(a, c), outlet, published, RandomVector(random)));
            }
        }

        return rows;
    }

    private static float[] RandomVector(Random random) => [.. Enumerable.Range(0, Dims).Select(_ => (float)((random.NextDouble() * 2) - 1))];
}
