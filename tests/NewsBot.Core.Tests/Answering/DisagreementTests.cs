using NewsBot.Core.Answering;
using NewsBot.Core.Retrieval;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Tests.Answering;

public sealed class DisagreementTests
{
    [Fact]
    public void Describe_SameThingDifferentFigures_SaysWhatDiffersWithBothOutletsAndCitations()
    {
        var a = Article("g", "Harbour Gazette", "Council put the tram cost at 212 million crowns.");
        var b = Article("c", "Valley Courier", "An estimate puts the full tram cost at 240 million crowns.");

        var text = Disagreement.Describe([a, b], Cite(a, b), new HashSet<string>());

        Assert.Equal("The outlets differ on the cost: 212 million crowns (Harbour Gazette) [1] against 240 million crowns (Valley Courier) [2].", text);
    }

    [Fact]
    public void Describe_SameFiguresWordedDifferently_SaysNothing()
    {
        var a = Article("g", "Harbour Gazette", "The council voted 7 to 4 for the tram. The deal gives crews a 4.5 percent pay rise.");
        var b = Article("c", "Valley Courier", "The tram passed by 7 votes to 4. The 4.5 percent pay rise is spread over two years.");

        Assert.Null(Disagreement.Describe([a, b], Cite(a, b), new HashSet<string>()));
    }

    [Fact]
    public void Describe_DifferentFiguresAboutUnrelatedThings_SaysNothing()
    {
        var a = Article("g", "Harbour Gazette", "The library has 300 seats in its reading room.");
        var b = Article("c", "Valley Courier", "Floods forced 120 families from riverside streets.");

        Assert.Null(Disagreement.Describe([a, b], Cite(a, b), new HashSet<string>()));
    }

    [Fact]
    public void Describe_SameThingInDifferentYears_SaysNothing()
    {
        var a = Article("g", "Harbour Gazette", "Four cities are bidding to host the 2024 Republican convention.");
        var b = Article("c", "Valley Courier", "The city wants to host the 2028 Republican convention.");

        Assert.Null(Disagreement.Describe([a, b], Cite(a, b), new HashSet<string>()));
    }

    [Fact]
    public void Describe_FiguresFollowedByOrdinaryWords_SaysNothing()
    {
        var a = Article("g", "Harbour Gazette", "Flu shots reached adults aged 65 and over first.");
        var b = Article("c", "Valley Courier", "Flu shots for adults aged 50 and over were slow.");

        Assert.Null(Disagreement.Describe([a, b], Cite(a, b), new HashSet<string>()));
    }

    [Fact]
    public void Describe_SameOutletTwice_SaysNothing()
    {
        var a = Article("g1", "Harbour Gazette", "Council put the tram cost at 212 million crowns.");
        var b = Article("g2", "Harbour Gazette", "A new estimate puts the tram cost at 240 million crowns.");

        Assert.Null(Disagreement.Describe([a, b], Cite(a, b), new HashSet<string>()));
    }

    private static List<Citation> Cite(params RetrievedArticle[] articles) =>
        [.. articles.Select((a, i) => new Citation(i + 1, a.ArticleId, a.Title, a.Outlet, a.Published, a.Url))];

    private static RetrievedArticle Article(string id, string outlet, string text) =>
        new(id, "Title " + id, outlet, null, null, 1,
            [new ChunkHit(id + "#0", id, 0, text, "Title " + id, outlet, null, null, 1)]);
}
