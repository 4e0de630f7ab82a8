using NewsBot.Core.Answering;
using NewsBot.Core.Retrieval;
using NewsBot.Core.Storage;
using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Answering;

public sealed class ContextPackerTests
{
    private static readonly TiktokenCounter Tokens = new();

    [Fact]
    public void Pack_OneArticleHasManyPassages_EachArticlesBestComesBeforeAnyArticlesSecond()
    {
        var retrieval = Retrieval(("long", 4), ("other", 1), ("third", 2));

        var packed = ContextPacker.Pack(retrieval, Tokens, budget: 10_000, perArticle: 2, (p, _) => p.Text);

        Assert.Equal(["long#0", "other#0", "third#0", "long#1", "third#1"], packed.Select(p => p.ChunkId));
    }

    [Fact]
    public void Pack_Budget_TokensOfTheRenderedBlocksStayWithinIt()
    {
        var retrieval = Retrieval(("a", 3), ("b", 3), ("c", 3));
        static string Block(SourcePassage p, int n) => $"[{n}] {p.Title}\n{p.Text}";

        var packed = ContextPacker.Pack(retrieval, Tokens, budget: 60, perArticle: 3, Block);

        var used = packed.Select((p, i) => Tokens.Count(Block(p, i + 1))).Sum();
        Assert.InRange(used, 1, 60);
        Assert.True(packed.Count < 9);
        Assert.Equal("a#0", packed[0].ChunkId);
    }

    private static RetrievalResult Retrieval(params (string Id, int Passages)[] articles) =>
        new("question", DateTimeOffset.UnixEpoch, null,
            [.. articles.Select((a, rank) => new RetrievedArticle(a.Id, $"Title {a.Id}", "Outlet", null, null, 1.0 / (rank + 1),
                [.. Enumerable.Range(0, a.Passages).Select(i => new ChunkHit($"{a.Id}#{i}", a.Id, i, $"Passage {i} of article {a.Id} about the harbour tram and its cost.", $"Title {a.Id}", "Outlet", null, null, 1.0 / (i + 1)))]))]);
}
