namespace NewsBot.Storage.Sqlite.Tests;

/// <summary>The approximate search over the vector file against exact float32 search, on vectors like the hashing embedder's.</summary>
public sealed class VectorFileBagOfWordsTests(BagOfWordsStoreFixture fixture) : IClassFixture<BagOfWordsStoreFixture>
{
    private const int Pool = 150;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SearchVectorAsync_BagsOfWordsAndQuestionsOfFourWords_RecallAt150AgainstExactSearchIsAtLeast098()
    {
        var corpus = fixture.Corpus;
        var recalls = new List<double>();
        for (var q = 0; q < 20; q++)
        {
            var query = corpus.Query();
            var exact = corpus.Exact(query, Core.Storage.SearchFilter.None, Pool);

            var found = await fixture.Store.SearchVectorAsync(query, Core.Storage.SearchFilter.None, Pool, Ct);

            Assert.Equal(Pool, found.Count);
            recalls.Add(found.Select(h => h.ChunkId).Intersect(exact).Count() / (double)Pool);
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"mean recall@150 {recalls.Average():F4}, lowest {recalls.Min():F4}");
        Assert.True(recalls.Average() >= 0.98, $"mean recall@150 {recalls.Average():F4} (lowest {recalls.Min():F4})");
    }
}
