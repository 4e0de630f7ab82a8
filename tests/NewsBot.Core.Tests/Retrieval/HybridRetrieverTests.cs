using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Articles;
using NewsBot.Core.Retrieval;
using NewsBot.Core.Storage;
using NewsBot.Core.Text;
using NewsBot.Testing.Fakes;

namespace NewsBot.Core.Tests.Retrieval;

public sealed class HybridRetrieverTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 12, 0, 0, TimeSpan.Zero);
    private readonly InMemoryChunkStore store = new();
    private readonly WordEmbedder embedder = new();
    private readonly FakeTimeProvider time = new(Now);

    [Fact]
    public async Task RetrieveAsync_ThisWeekQuestion_RanksThisWeeksArticleFirst()
    {
        await AddAsync("old", "Council approves harbour bridge budget", "The council approved the harbour bridge budget.", Now.AddDays(-40));
        await AddAsync("new", "Council approves harbour bridge budget", "The council approved the harbour bridge budget.", Now.AddDays(-3));

        var result = await Retriever().RetrieveAsync(new RetrievalRequest("What did the council approve for the harbour bridge this week?"), TestContext.Current.CancellationToken);

        Assert.Equal("new", result.Articles[0].ArticleId);
        Assert.NotNull(result.Window);
    }

    [Fact]
    public async Task RetrieveAsync_YesterdayQuestion_RanksYesterdaysArticleFirst()
    {
        await AddAsync("yesterday", "Storm closes mountain pass", "A storm closed the mountain pass.", Now.AddDays(-1));
        await AddAsync("today", "Storm closes mountain pass again", "A storm closed the mountain pass again.", Now.AddHours(-2));
        await AddAsync("lastweek", "Storm closes mountain pass", "A storm closed the mountain pass.", Now.AddDays(-6));

        var result = await Retriever().RetrieveAsync(new RetrievalRequest("Which road did the storm close yesterday?"), TestContext.Current.CancellationToken);

        Assert.Equal("yesterday", result.Articles[0].ArticleId);
    }

    [Fact]
    public async Task RetrieveAsync_GeneralQuestion_PrefersTheRecentOfTwoEquallyRelevantArticles()
    {
        await AddAsync("older", "Lighthouse restored", "Volunteers restored the lighthouse lamp.", Now.AddDays(-200));
        await AddAsync("newer", "Lighthouse restored", "Volunteers restored the lighthouse lamp.", Now.AddDays(-20));

        var result = await Retriever().RetrieveAsync(new RetrievalRequest("Who restored the lighthouse lamp?"), TestContext.Current.CancellationToken);

        Assert.Equal(["newer", "older"], result.Articles.Select(a => a.ArticleId));
    }

    [Fact]
    public async Task RetrieveAsync_ArticleWithManyMatchingPassages_DoesNotCrowdOutOtherArticles()
    {
        var passages = Enumerable.Range(0, 12).Select(i => $"The marathon route passes bridge number {i}.").ToArray();
        await AddAsync("long", "Marathon route announced", passages, Now.AddDays(-2));
        await AddAsync("short", "Marathon winner", ["The marathon was won by a local runner."], Now.AddDays(-2));

        var result = await Retriever().RetrieveAsync(new RetrievalRequest("marathon route") { PassagesPerArticle = 2 }, TestContext.Current.CancellationToken);

        Assert.Equal(2, result.Articles.Count);
        Assert.Contains(result.Articles, a => a.ArticleId == "short");
        Assert.All(result.Articles, a => Assert.True(a.Passages.Count <= 2));
        Assert.Equal(result.Articles.Count, result.Articles.Select(a => a.ArticleId).Distinct().Count());
    }

    [Fact]
    public async Task RetrieveAsync_OutletAndDateFilter_KeepsOnlyMatchingArticles()
    {
        await AddAsync("a", "Election result", "The election result was announced.", Now.AddDays(-2), outlet: "Daily Planet");
        await AddAsync("b", "Election result", "The election result was announced.", Now.AddDays(-2), outlet: "Gazette");
        await AddAsync("c", "Election result", "The election result was announced.", Now.AddDays(-30), outlet: "Gazette");

        var result = await Retriever().RetrieveAsync(
            new RetrievalRequest("election result") { Filter = new SearchFilter { Outlets = ["gazette"], From = Now.AddDays(-7) } },
            TestContext.Current.CancellationToken);

        Assert.Equal(["b"], result.Articles.Select(a => a.ArticleId));
    }

    [Fact]
    public async Task RetrieveAsync_ArticlePublishedAfterAskTime_IsNotReturned()
    {
        await AddAsync("before", "Ferry strike", "Ferry workers went on strike.", new DateTimeOffset(2022, 6, 10, 0, 0, 0, TimeSpan.Zero));
        await AddAsync("after", "Ferry strike ends", "Ferry workers ended the strike.", new DateTimeOffset(2022, 7, 10, 0, 0, 0, TimeSpan.Zero));

        var result = await Retriever().RetrieveAsync(
            new RetrievalRequest("ferry strike") { AskedAt = new DateTimeOffset(2022, 6, 12, 0, 0, 0, TimeSpan.Zero) },
            TestContext.Current.CancellationToken);

        Assert.Equal(["before"], result.Articles.Select(a => a.ArticleId));
        Assert.Equal(new DateTimeOffset(2022, 6, 12, 0, 0, 0, TimeSpan.Zero), result.AskedAt);
    }

    [Fact]
    public async Task RetrieveAsync_NoAskTime_UsesTheClock()
    {
        await AddAsync("x", "Zoo panda", "The zoo welcomed a panda.", Now.AddDays(-1));

        var result = await Retriever().RetrieveAsync(new RetrievalRequest("panda"), TestContext.Current.CancellationToken);

        Assert.Equal(Now, result.AskedAt);
    }

    [Fact]
    public async Task RetrieveAsync_NewerArticleMissesTheKeyTerms_OlderMatchingArticleStaysFirst()
    {
        await AddAsync("library", "Harbour library reopens", "The harbour library renovation cost 6.8 million crowns.", Now.AddDays(-30));
        await AddAsync("tram", "Tram vote", "The council approved the tram, which will cost 240 million crowns.", Now.AddDays(-1));

        var result = await Retriever().RetrieveAsync(new RetrievalRequest("How much did the library renovation cost?"), TestContext.Current.CancellationToken);

        Assert.Equal("library", result.Articles[0].ArticleId);
        Assert.True(result.Articles[0].Relevance > result.Articles[1].Relevance);
    }

    [Fact]
    public async Task RetrieveAsync_TwoWordsTypedAsOne_CorrectedToBothAsTheStoryWritesThem()
    {
        await AddAsync("wind", "Offshore wind farm approved", "The energy agency approved a 48-turbine wind farm off the islands.", Now.AddDays(-2));
        await AddAsync("ferry", "Ferry strike ends", "Ferry services to the islands will resume on Thursday.", Now.AddDays(-2));

        var result = await Retriever().RetrieveAsync(new RetrievalRequest("who builds the windfarm"), TestContext.Current.CancellationToken);

        Assert.Equal("wind farm", result.Corrections["windfarm"]);
        Assert.Equal("wind", result.Articles[0].ArticleId);
    }

    [Fact]
    public async Task RetrieveAsync_TypoOfAWordOnlyItsPluralHolds_CorrectedToThePluralNotAnotherWord()
    {
        await AddAsync("flood", "Hundreds leave homes as River Alder floods Millbrook", "About 300 homes in Millbrook were evacuated after heavy rain.", Now.AddDays(-2));
        await AddAsync("hospital", "Millbrook hospital opens new ward", "Millbrook General Hospital opened a children's ward.", Now.AddDays(-2));
        await AddAsync("ferry", "Ferry strike ends", "Island shops in Millbrook had run short of fresh food.", Now.AddDays(-2));

        var result = await Retriever().RetrieveAsync(new RetrievalRequest("millbrook flod how bad"), TestContext.Current.CancellationToken);

        Assert.Equal("floods", result.Corrections["flod"]);
        Assert.Equal("flood", result.Articles[0].ArticleId);
    }

    [Fact]
    public async Task RetrieveAsync_MisspeltWords_CorrectedAgainstFoundWordsAndSearchedAgain()
    {
        await AddAsync("flood", "River floods Millbrook", "About 300 homes in Millbrook were evacuated after the flood.", Now.AddDays(-2));
        await AddAsync("tram", "Tram vote", "The council approved the tram extension.", Now.AddDays(-2));

        var result = await Retriever().RetrieveAsync(new RetrievalRequest("how many homes were evacuatd in Milbrook after the flod"), TestContext.Current.CancellationToken);

        Assert.Equal("flood", result.Articles[0].ArticleId);
        Assert.Equal("evacuated", result.Corrections["evacuatd"]);
        Assert.Equal("millbrook", result.Corrections["milbrook"]);
        Assert.Equal("flood", result.Corrections["flod"]);
        Assert.Empty(result.Unknown);
        Assert.Contains("millbrook", result.Keywords);
    }

    [Fact]
    public async Task RetrieveAsync_MisspeltWordNoStoryNeedHold_ReadAsThatWordAndNotAsked()
    {
        await AddAsync("rescue", "Coast guard rescues fishermen", "The coast guard rescued three fishermen from a sinking boat.", Now.AddDays(-2));
        var retriever = new HybridRetriever(store, embedder, time, Options.Create(new RetrievalOptions()), NullLogger<HybridRetriever>.Instance, dictionary: new Dictionary("storm", "happened"));

        var result = await retriever.RetrieveAsync(new RetrievalRequest("what happend to the fishermen in the storm"), TestContext.Current.CancellationToken);

        Assert.Equal("happened", result.Corrections["happend"]);
        Assert.Equal(["storm"], result.Unknown);
        Assert.Equal(["fishermen", "storm"], result.Keywords);
    }

    [Fact]
    public async Task RetrieveAsync_TypoOneEditFromAWordTheQuestionHas_CorrectedToAnotherWord()
    {
        await AddAsync("tram", "Tram extension approved", "The tram extension adds 5.2 kilometres of track. The tram line gets six stops.", Now.AddDays(-2));

        var result = await Retriever().RetrieveAsync(new RetrievalRequest("how long is the new tram trak"), TestContext.Current.CancellationToken);

        Assert.Equal("track", result.Corrections["trak"]);
    }

    [Fact]
    public async Task RetrieveAsync_DictionaryWordInNoArticle_NotCorrectedToAnotherWord()
    {
        await AddAsync("rates", "Bank holds rate", "Mortgage lenders said fixed rates were unlikely to change.", Now.AddDays(-2));
        var retriever = new HybridRetriever(store, embedder, time, Options.Create(new RetrievalOptions()), NullLogger<HybridRetriever>.Instance, dictionary: new Dictionary("charge"));

        var result = await retriever.RetrieveAsync(new RetrievalRequest("Is there a charge for mortgage lenders?"), TestContext.Current.CancellationToken);

        Assert.Empty(result.Corrections);
        Assert.Equal(["charge"], result.Unknown);
    }

    [Fact]
    public async Task RetrieveAsync_DictionaryWordOneLetterFromAName_NotReadAsTheName()
    {
        await AddAsync("factory", "Robot factory opens", "Lumen Robotics opened a factory that will build warehouse robots.", Now.AddDays(-2));
        await AddAsync("tram", "Tram vote", "Mayor Ilse Brandt said the tram factory plan was approved.", Now.AddDays(-2));
        var retriever = new HybridRetriever(store, embedder, time, Options.Create(new RetrievalOptions()), NullLogger<HybridRetriever>.Instance, dictionary: new Dictionary("brand"));

        var result = await retriever.RetrieveAsync(new RetrievalRequest("what brand of robots does the factory use"), TestContext.Current.CancellationToken);

        Assert.False(result.Corrections.ContainsKey("brand"), string.Join(", ", result.Corrections));
        Assert.Contains("brand", result.Unknown);
    }

    [Fact]
    public async Task RetrieveAsync_WordInNoArticle_ReportedAsUnknown()
    {
        await AddAsync("tram", "Tram vote", "The council approved the tram extension.", Now.AddDays(-2));

        var result = await Retriever().RetrieveAsync(new RetrievalRequest("What did the council decide about the airport?"), TestContext.Current.CancellationToken);

        Assert.Equal(["airport", "decide"], result.Unknown.Order());
    }

    [Fact]
    public async Task RetrieveAsync_StoreBuiltByAnotherEmbedder_RefusesWithReindexAdvice()
    {
        await store.EnsureEmbedderAsync(new EmbedderSignature("hashing-v1", 64), TestContext.Current.CancellationToken);
        var retriever = new HybridRetriever(store, embedder, time, Options.Create(new RetrievalOptions()), NullLogger<HybridRetriever>.Instance, new EmbedderSignature("minilm", 64));

        var error = await Assert.ThrowsAsync<EmbedderMismatchException>(() => retriever.RetrieveAsync(new RetrievalRequest("tram"), TestContext.Current.CancellationToken));

        Assert.Contains("newsbot index --rebuild", error.Message, StringComparison.Ordinal);
    }

    private HybridRetriever Retriever() =>
        new(store, embedder, time, Options.Create(new RetrievalOptions()), NullLogger<HybridRetriever>.Instance);

    private Task AddAsync(string id, string title, string body, DateTimeOffset published, string? outlet = null) =>
        AddAsync(id, title, [body], published, outlet);

    private async Task AddAsync(string id, string title, string[] passages, DateTimeOffset published, string? outlet = null)
    {
        var article = new Article(id, title, string.Join("\n\n", passages), outlet, published, null, id + ".txt", "test");
        var chunks = new List<EmbeddedChunk>();
        for (var i = 0; i < passages.Length; i++)
        {
            var vector = (await embedder.GenerateAsync([title + " " + passages[i]], cancellationToken: TestContext.Current.CancellationToken))[0].Vector;
            chunks.Add(new EmbeddedChunk(new Chunk(ArticleId.ChunkId(id, i), id, i, passages[i], passages[i], 10), vector));
        }

        await store.UpsertAsync(article, ArticleId.ContentHash(article), chunks, TestContext.Current.CancellationToken);
    }

    private sealed class Dictionary(params string[] words) : IKnownWords
    {
        public bool Contains(string word) => words.Contains(word);
    }
}
