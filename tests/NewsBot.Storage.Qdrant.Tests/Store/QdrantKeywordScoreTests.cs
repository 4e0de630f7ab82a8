using NewsBot.Core.Storage;
using NewsBot.Core.Text;
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
}
