using NewsBot.Core.Storage;

namespace NewsBot.Storage.Sqlite.Tests;

/// <summary>The approximate search over the vector file against exact float32 search, on a synthetic store.</summary>
public sealed class VectorFileSearchTests(ClusteredStoreFixture fixture) : IClassFixture<ClusteredStoreFixture>
{
    private const int Pool = 150;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SearchVectorAsync_ClusteredStore_RecallAt150AgainstExactSearchIsAtLeast098()
    {
        var corpus = fixture.Corpus;
        var recalls = new List<double>();
        for (var q = 0; q < 20; q++)
        {
            var query = corpus.Query();
            var exact = corpus.Exact(query, SearchFilter.None, Pool);

            var found = await fixture.Store.SearchVectorAsync(query, SearchFilter.None, Pool, Ct);

            Assert.Equal(Pool, found.Count);
            recalls.Add(found.Select(h => h.ChunkId).Intersect(exact).Count() / (double)Pool);
            Assert.All(found, hit => Assert.Equal(corpus.Cosine(query, hit.ChunkId), hit.Score, 1e-5));
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"mean recall@150 {recalls.Average():F4}, lowest {recalls.Min():F4}");
        Assert.True(recalls.Average() >= 0.98, $"mean recall@150 {recalls.Average():F4} (lowest {recalls.Min():F4})");
    }

    [Fact]
    public async Task SearchVectorAsync_OutletAndDateFilter_ReturnsExactlyTheNearestMatchingChunks()
    {
        var corpus = fixture.Corpus;
        var filters = new[]
        {
            new SearchFilter { Outlets = ["beta times"] },
            new SearchFilter { From = SyntheticCorpus.Start.AddDays(100), To = SyntheticCorpus.Start.AddDays(130) },
            new SearchFilter { Outlets = ["ALPHA NEWS", "Delta Daily"], From = SyntheticCorpus.Start.AddDays(200) },
            new SearchFilter { Outlets = ["No Such Outlet"] },
        };

        foreach (var filter in filters)
        {
            var query = corpus.Query();

            var found = await fixture.Store.SearchVectorAsync(query, filter, 20, Ct);

            Assert.Equal(corpus.Exact(query, filter, 20), found.Select(h => h.ChunkId));
            Assert.All(found, hit => Assert.True(filter.Matches(hit.Outlet, hit.Published)));
        }
    }
}
