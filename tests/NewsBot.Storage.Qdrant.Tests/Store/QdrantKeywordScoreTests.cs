using NewsBot.Core.Storage;
using NewsBot.Core.Text;
using Qdrant.Client;
using Qdrant.Client.Grpc;
using static NewsBot.Testing.Storage.TestArticleBuilder;

namespace NewsBot.Storage.Qdrant.Tests.Store;

/// <summary>Keyword scores on Qdrant are the embedded store's BM25 (FTS5's IDF, not Qdrant's), so the store does not change the ranking.</summary>
public sealed class QdrantKeywordScoreTests : QdrantStoreTestBase
{
    [Fact]
    public async Task SearchLexicalAsync_RareAndCommonTerm_ScoresAreFts5Bm25()
    {
        var store = Open();
        await WriteAsync(
            store,
            Article("c1").Titled("Council").WithChunk("The council met on Monday.", Axis(0)).Build(),
            Article("c2").Titled("Council").WithChunk("The council met again on Tuesday.", Axis(1)).Build(),
            Article("c3").Titled("Council").WithChunk("A council vote followed.", Axis(2)).Build(),
            Article("rare").Titled("Council").WithChunk("A quorum was reached only once.", Axis(3)).Build());

        var hits = await store.SearchLexicalAsync(["council", "quorum"], SearchFilter.None, 10, Ct);

        // "quorum": in 1 of 4 passages, once, in a passage of 3 terms with its headline (quorum, reach, council).
        var quorum = Bm25.Idf(3.5 / 1.5) * Bm25.TermWeight(1, 3, Bm25.TypicalLength);
        Assert.Equal("rare", hits[0].ArticleId);
        Assert.Equal(quorum, hits[0].Score, 4);

        // "council" is in every passage: FTS5 gives it the least IDF, where Qdrant's own would give it ln(1 + 0.5 / 4.5).
        Assert.All(hits.Skip(1), h => Assert.InRange(h.Score, 0, 1e-5));
        Assert.Equal(4, hits.Count);
    }

    [Fact]
    public async Task SearchLexicalAsync_QdrantsIdfRanksACommonWordFirst_ReturnsTheFts5Best()
    {
        // About 80 terms: a passage well over the typical length, where one mention weighs less than in a short one.
        var filler = string.Join(' ', Enumerable.Repeat("river stone lamp garden window bridge harbour market orchard meadow", 8));
        var store = Open();
        await WriteAsync(
            store,
            Article("common").Titled("Notes").WithChunk("Council council council council council council.", Axis(0)).Build(),
            Article("c2").Titled("Notes").WithChunk($"The council met {filler}.", Axis(1)).Build(),
            Article("c3").Titled("Notes").WithChunk($"A council vote {filler}.", Axis(2)).Build(),
            Article("c4").Titled("Notes").WithChunk($"Council members spoke {filler}.", Axis(3)).Build(),
            Article("c5").Titled("Notes").WithChunk($"Council papers came {filler}.", Axis(4)).Build(),
            Article("c6").Titled("Notes").WithChunk($"Council staff left {filler}.", Axis(5)).Build(),
            Article("q1").Titled("Notes").WithChunk($"A quorum was reached {filler}.", Axis(6)).Build(),
            Article("q2").Titled("Notes").WithChunk($"No quorum today {filler}.", Axis(7)).Build(),
            Article("q3").Titled("Notes").WithChunk($"Quorum rules changed {filler}.", Axis(0)).Build(),
            Article("q4").Titled("Notes").WithChunk($"Quorum counts differ {filler}.", Axis(1)).Build());
        var byQdrantsIdf = await SearchByQdrantsIdfAsync(["council", "quorum"], 1);

        var hits = await store.SearchLexicalAsync(["council", "quorum"], SearchFilter.None, 1, Ct);

        // "council" is in 6 of 10 passages: Qdrant's IDF still gives it ln(1 + 4.5 / 6.5), FTS5's almost nothing, so the
        // short passage saying it six times leads by Qdrant's IDF and a passage with the rarer "quorum" leads by FTS5's.
        Assert.Equal("common", Assert.Single(byQdrantsIdf).Payload["article_id"].StringValue);
        Assert.StartsWith("q", Assert.Single(hits).ArticleId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchLexicalAsync_ThreeShards_SameWordsScoreTheSameWhicheverShardHoldsThem()
    {
        using var store = new QdrantChunkStore(new QdrantStoreOptions { Url = StandIn.Url.ToString(), Collection = Collection, ShardNumber = 3 });
        var same = Enumerable.Range(0, 6).Select(i => Article($"same{i}").Titled("Notes").WithChunk("A quorum was reached.", Axis(i % 8)).Build());
        var others = Enumerable.Range(0, 30).Select(i => Article($"other{i}").Titled("Notes").WithChunk("The council met today.", Axis(i % 8)).Build());
        await WriteAsync(store, [.. same, .. others]);
        var byShardIdf = await SearchByQdrantsIdfAsync(["quorum"], 50);

        var hits = await store.SearchLexicalAsync(["quorum"], SearchFilter.None, 50, Ct);

        // Qdrant weighs a term by the statistics of the shard that holds the passage, so the same words score
        // differently from shard to shard; the store scores every passage with one IDF per term.
        bool Same(string articleId) => articleId.StartsWith("same", StringComparison.Ordinal);
        Assert.True(byShardIdf.Where(p => Same(p.Payload["article_id"].StringValue)).Select(p => Math.Round(p.Score, 3)).Distinct().Count() > 1);
        var scores = hits.Where(h => Same(h.ArticleId)).Select(h => h.Score).ToList();
        Assert.Equal(6, scores.Count);
        Assert.All(scores, score => Assert.Equal(scores[0], score, 5));
        Assert.InRange(scores[0], 0.5, 5);
    }

    /// <summary>The collection's own keyword search, by Qdrant's IDF, straight through the official client.</summary>
    private async Task<IReadOnlyList<ScoredPoint>> SearchByQdrantsIdfAsync(string[] words, ulong limit)
    {
        using var client = new QdrantClient(StandIn.Url);
        var terms = TextAnalyzer.QueryWeights(words);
        return await client.QueryAsync(
            Collection,
            query: new Query { Nearest = new VectorInput { Sparse = new SparseVector { Indices = { terms.Indices }, Values = { terms.Values } } } },
            usingVector: "sparse",
            limit: limit,
            payloadSelector: true,
            cancellationToken: Ct);
    }
}
