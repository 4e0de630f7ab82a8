using NewsBot.Core.Storage;
using static NewsBot.Testing.Storage.TestArticleBuilder;

namespace NewsBot.Testing.Storage;

/// <summary>
/// What every <see cref="IChunkStore"/> must do. A store's test project derives from this class and supplies a fresh,
/// empty store per test; disposal is handled here (override <see cref="DisposeStoreAsync"/> to clean up more).
/// </summary>
public abstract partial class ChunkStoreContractTests : IAsyncLifetime
{
    private IChunkStore? _store;

    /// <summary>The store under test, fresh and empty for each test.</summary>
    protected IChunkStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    /// <summary>Vector dimensions used by the tests.</summary>
    protected virtual int Dimensions => 8;

    /// <summary>The embedder the tests record.</summary>
    protected EmbedderSignature Embedder => new("test/axes", Dimensions);

    /// <summary>The test's cancellation token.</summary>
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <inheritdoc />
    public async ValueTask InitializeAsync() => _store = await CreateStoreAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await DisposeStoreAsync(_store);
            _store = null;
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task UpsertAsync_NewArticle_ReturnsAddedAndKeepsEveryField()
    {
        var article = Article("a1").Titled("Ministers meet in Delhi").FromOutlet("Press Association")
            .PublishedAt(new DateTimeOffset(2023, 3, 2, 9, 15, 0, TimeSpan.FromHours(3))).FromSource("feeds/pa").WithByline("By A. Reporter")
            .WithChunk("Blinken and Lavrov spoke briefly.", Axis(0)).WithChunk("The meeting lasted ten minutes.", Axis(1)).Build();

        var change = await WriteAsync(article);

        Assert.Equal(IndexChange.Added, change);
        var stored = await Store.GetArticleAsync("a1", Ct);
        Assert.NotNull(stored);
        Assert.Equal(article.Article, stored.Article);
        Assert.Equal(article.Article.Published!.Value.Offset, stored.Article.Published!.Value.Offset);
        Assert.Equal(article.ContentHash, stored.ContentHash);
        Assert.Equal(2, stored.ChunkCount);
    }

    [Fact]
    public async Task SearchLexicalAsync_StoredArticle_FindsChunkWithArticleMetadata()
    {
        await WriteAsync(Article("a1").Titled("Summit report").FromOutlet("Press Association").WithUrl("https://pa.example/1")
            .WithChunk("Foreign ministers gathered for the summit.", Axis(0)).WithChunk("Blinken met Lavrov on the sidelines.", Axis(1)).Build());

        var hits = await Store.SearchLexicalAsync(["Lavrov"], SearchFilter.None, 10, Ct);

        var hit = Assert.Single(hits);
        Assert.Equal("a1#1", hit.ChunkId);
        Assert.Equal("a1", hit.ArticleId);
        Assert.Equal(1, hit.Position);
        Assert.Equal("Blinken met Lavrov on the sidelines.", hit.Text);
        Assert.Equal("Summit report", hit.Title);
        Assert.Equal("Press Association", hit.Outlet);
        Assert.Equal(DefaultPublished, hit.Published);
        Assert.Equal("https://pa.example/1", hit.Url);
        Assert.True(hit.Score > 0);
    }

    [Fact]
    public async Task SearchVectorAsync_StoredArticle_FindsChunkWithArticleMetadata()
    {
        await WriteAsync(Article("a1").Titled("Summit report").FromOutlet("Press Association").WithUrl("https://pa.example/1")
            .WithChunk("Foreign ministers gathered for the summit.", Axis(0)).WithChunk("Blinken met Lavrov on the sidelines.", Axis(1)).Build());

        var hits = await Store.SearchVectorAsync(Axis(1), SearchFilter.None, 1, Ct);

        var hit = Assert.Single(hits);
        Assert.Equal("a1#1", hit.ChunkId);
        Assert.Equal("Blinken met Lavrov on the sidelines.", hit.Text);
        Assert.Equal("Summit report", hit.Title);
        Assert.Equal("Press Association", hit.Outlet);
        Assert.Equal(DefaultPublished, hit.Published);
        Assert.Equal("https://pa.example/1", hit.Url);
        Assert.Equal(1.0, hit.Score, 3);
    }

    [Fact]
    public async Task UpsertAsync_SameContentHash_ReturnsUnchangedAndWritesNothing()
    {
        var original = Article("a1").WithChunk("The original wording about tariffs.", Axis(0)).Build();
        await WriteAsync(original);
        var sameHashOtherChunks = original with { Chunks = Article("a1").WithChunk("Entirely different wording.", Axis(2)).Build().Chunks };

        var change = await WriteAsync(sameHashOtherChunks);

        Assert.Equal(IndexChange.Unchanged, change);
        Assert.Single(await Store.SearchLexicalAsync(["tariffs"], SearchFilter.None, 10, Ct));
        Assert.Empty(await Store.SearchLexicalAsync(["entirely"], SearchFilter.None, 10, Ct));
    }

    [Fact]
    public async Task UpsertAsync_ChangedContent_ReturnsUpdatedAndOldChunksAreGone()
    {
        await WriteAsync(Article("a1").WithChunk("Early report mentions tariffs.", Axis(0)).WithChunk("Second paragraph on tariffs.", Axis(1)).Build());

        var change = await WriteAsync(Article("a1").Titled("Corrected").WithChunk("Corrected report mentions sanctions.", Axis(2)).Build());

        Assert.Equal(IndexChange.Updated, change);
        Assert.Empty(await Store.SearchLexicalAsync(["tariffs"], SearchFilter.None, 10, Ct));
        Assert.Equal("a1#0", Assert.Single(await Store.SearchLexicalAsync(["sanctions"], SearchFilter.None, 10, Ct)).ChunkId);
        var nearest = Assert.Single(await Store.SearchVectorAsync(Axis(0), SearchFilter.None, 10, Ct));
        Assert.Equal("Corrected report mentions sanctions.", nearest.Text);
        Assert.Equal("Corrected", nearest.Title);
        Assert.Equal(new StoreCounts(1, 1), await Store.CountAsync(Ct));
    }

    [Fact]
    public async Task RemoveAsync_StoredArticle_ReturnsTrueAndSearchesNoLongerFindIt()
    {
        await WriteAsync(Article("a1").WithChunk("Budget vote delayed.", Axis(0)).Build());
        await WriteAsync(Article("a2").WithChunk("Budget passes at last.", Axis(1)).Build());

        var removed = await Store.RemoveAsync("a1", Ct);

        Assert.True(removed);
        Assert.Null(await Store.GetArticleAsync("a1", Ct));
        Assert.Equal("a2", Assert.Single(await Store.SearchLexicalAsync(["budget"], SearchFilter.None, 10, Ct)).ArticleId);
        Assert.All(await Store.SearchVectorAsync(Axis(0), SearchFilter.None, 10, Ct), hit => Assert.Equal("a2", hit.ArticleId));
        Assert.Empty(await Store.GetChunksAsync("a1", Ct));
    }

    [Fact]
    public async Task RemoveAsync_UnknownArticle_ReturnsFalse()
    {
        await WriteAsync(Article("a1").WithChunk("Text.", Axis(0)).Build());

        Assert.False(await Store.RemoveAsync("missing", Ct));
        Assert.Equal(new StoreCounts(1, 1), await Store.CountAsync(Ct));
    }

    [Fact]
    public async Task CountAsync_AfterWrites_CountsArticlesAndChunks()
    {
        Assert.Equal(new StoreCounts(0, 0), await Store.CountAsync(Ct));
        await WriteAsync(Article("a1").WithChunk("One.", Axis(0)).WithChunk("Two.", Axis(1)).Build());
        await WriteAsync(Article("a2").WithChunk("Three.", Axis(2)).Build());

        Assert.Equal(new StoreCounts(2, 3), await Store.CountAsync(Ct));
    }

    [Fact]
    public async Task GetContentHashesAsync_BySourceKey_ReturnsThatSourceOnly()
    {
        var a1 = Article("a1").FromSource("feed-a").WithChunk("One.", Axis(0)).Build();
        var a2 = Article("a2").FromSource("feed-b").WithChunk("Two.", Axis(1)).Build();
        var a3 = Article("a3").FromSource("feed-a").WithChunk("Three.", Axis(2)).Build();
        await WriteAsync(a1, a2, a3);

        var feedA = await Store.GetContentHashesAsync("feed-a", Ct);
        var all = await Store.GetContentHashesAsync(null, Ct);

        Assert.Equal(new Dictionary<string, string> { ["a1"] = a1.ContentHash, ["a3"] = a3.ContentHash }, feedA);
        Assert.Equal(3, all.Count);
        Assert.Equal(a2.ContentHash, all["a2"]);
        Assert.Empty(await Store.GetContentHashesAsync("feed-unknown", Ct));
    }

    [Fact]
    public async Task GetEmbedderAsync_EmptyStore_ReturnsNull()
    {
        Assert.Null(await Store.GetEmbedderAsync(Ct));
    }

    [Fact]
    public async Task EnsureEmbedderAsync_EmptyStore_RecordsEmbedder()
    {
        await Store.EnsureEmbedderAsync(Embedder, Ct);

        Assert.Equal(Embedder, await Store.GetEmbedderAsync(Ct));
    }

    [Fact]
    public async Task EnsureEmbedderAsync_SameEmbedderAgain_Succeeds()
    {
        await WriteAsync(Article("a1").WithChunk("Text.", Axis(0)).Build());

        await Store.EnsureEmbedderAsync(new EmbedderSignature(Embedder.Name, Embedder.Dimensions), Ct);

        Assert.Equal(Embedder, await Store.GetEmbedderAsync(Ct));
    }

    [Theory]
    [InlineData("other/model", 0)]
    [InlineData(null, 4)]
    public async Task EnsureEmbedderAsync_OtherEmbedder_ThrowsEmbedderMismatchException(string? otherName, int extraDimensions)
    {
        await WriteAsync(Article("a1").WithChunk("Text.", Axis(0)).Build());
        var other = new EmbedderSignature(otherName ?? Embedder.Name, Dimensions + extraDimensions);

        var ex = await Assert.ThrowsAsync<EmbedderMismatchException>(() => Store.EnsureEmbedderAsync(other, Ct));

        Assert.Equal(Embedder, ex.Stored);
        Assert.Equal(other, ex.Configured);
        Assert.Contains("re-index", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Embedder, await Store.GetEmbedderAsync(Ct));
    }

    [Fact]
    public async Task UpsertAsync_WrongVectorLength_ThrowsNamingArticleAndKeepsPreviousVersion()
    {
        var original = Article("a1").WithChunk("The original text about harbours.", Axis(0)).Build();
        await WriteAsync(original);
        var broken = Article("a1").WithChunk("Replacement text about airports.", Axis(1))
            .WithChunk("A chunk from the wrong embedder.", new float[Dimensions + 1]).Build();

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.UpsertAsync(broken.Article, broken.ContentHash, broken.Chunks, Ct));

        Assert.Contains("a1", ex.Message, StringComparison.Ordinal);
        var stored = await Store.GetArticleAsync("a1", Ct);
        Assert.Equal(original.ContentHash, stored?.ContentHash);
        Assert.Equal("The original text about harbours.", Assert.Single(await Store.GetChunksAsync("a1", Ct)).Text);
        Assert.Single(await Store.SearchLexicalAsync(["harbours"], SearchFilter.None, 10, Ct));
        Assert.Empty(await Store.SearchLexicalAsync(["airports"], SearchFilter.None, 10, Ct));
        Assert.Equal("a1#0", Assert.Single(await Store.SearchVectorAsync(Axis(0), SearchFilter.None, 10, Ct)).ChunkId);
    }

    [Fact]
    public async Task SearchVectorAsync_SeveralChunks_RanksNearestFirst()
    {
        await WriteAsync(
            Article("far").WithChunk("Far.", TestVectors.Between(Dimensions, 0, 1, 0.1f)).Build(),
            Article("near").WithChunk("Near.", TestVectors.Scaled(TestVectors.Between(Dimensions, 0, 2, 0.9f), 3f)).Build(),
            Article("exact").WithChunk("Exact.", Axis(0)).Build(),
            Article("middle").WithChunk("Middle.", TestVectors.Between(Dimensions, 0, 3, 0.5f)).Build());

        var hits = await Store.SearchVectorAsync(TestVectors.Scaled(Axis(0), 0.5f), SearchFilter.None, 3, Ct);

        Assert.Equal(["exact", "near", "middle"], hits.Select(h => h.ArticleId));
        Assert.Equal(1.0, hits[0].Score, 3);
        Assert.Equal(0.9, hits[1].Score, 3);
        Assert.Equal(0.5, hits[2].Score, 3);
    }

    [Fact]
    public async Task SearchLexicalAsync_SeveralTerms_MatchesAnyTermAndRanksBetterMatchesFirst()
    {
        await WriteAsync(
            Article("both").WithChunk("Wheat exports fell as grain prices rose; wheat stocks shrank.", Axis(0)).Build(),
            Article("one").WithChunk("Grain silos were inspected.", Axis(1)).Build(),
            Article("none").WithChunk("Football results from the weekend.", Axis(2)).Build());

        var hits = await Store.SearchLexicalAsync(["wheat", "grain"], SearchFilter.None, 10, Ct);

        Assert.Equal(["both", "one"], hits.Select(h => h.ArticleId));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("Lavrov\"")]
    [InlineData("NOT")]
    [InlineData("AND")]
    [InlineData("NEAR")]
    [InlineData("OR")]
    [InlineData("*")]
    [InlineData("-")]
    [InlineData("-Lavrov")]
    [InlineData("Lav*")]
    [InlineData("title:Lavrov")]
    [InlineData("(Lavrov")]
    [InlineData("G-20")]
    [InlineData("^start")]
    [InlineData("'single'")]
    [InlineData("")]
    [InlineData("   ")]
    public async Task SearchLexicalAsync_HostileTerm_DoesNotThrow(string term)
    {
        await WriteAsync(Article("a1").WithChunk("Blinken met Lavrov at the G-20, not for long.", Axis(0)).Build());

        var hits = await Store.SearchLexicalAsync([term, "Blinken"], SearchFilter.None, 10, Ct);

        Assert.Equal("a1", Assert.Single(hits).ArticleId);
    }

    [Fact]
    public async Task SearchLexicalAsync_NoUsableTerms_ReturnsEmpty()
    {
        await WriteAsync(Article("a1").WithChunk("Some text.", Axis(0)).Build());

        Assert.Empty(await Store.SearchLexicalAsync([], SearchFilter.None, 10, Ct));
        Assert.Empty(await Store.SearchLexicalAsync(["", " ", "*", "\""], SearchFilter.None, 10, Ct));
    }

    [Fact]
    public async Task Search_Limit_ReturnsAtMostLimitHits()
    {
        for (var i = 0; i < 5; i++)
        {
            await WriteAsync(Article($"a{i}").WithChunk($"Election coverage part {i}.", TestVectors.Between(Dimensions, 0, 1, 1f - (i * 0.1f))).Build());
        }

        Assert.Equal(2, (await Store.SearchLexicalAsync(["election"], SearchFilter.None, 2, Ct)).Count);
        Assert.Equal(2, (await Store.SearchVectorAsync(Axis(0), SearchFilter.None, 2, Ct)).Count);
        Assert.Empty(await Store.SearchVectorAsync(Axis(0), SearchFilter.None, 0, Ct));
    }

    [Fact]
    public async Task Search_OutletFilter_KeepsListedOutletsIgnoringCase()
    {
        await WriteFilterCorpusAsync();
        var filter = new SearchFilter { Outlets = ["press association", "TASS"] };

        var lexical = await Store.SearchLexicalAsync(["ceasefire"], filter, 10, Ct);
        var vector = await Store.SearchVectorAsync(Axis(0), filter, 10, Ct);

        Assert.Equal(["pa-early", "pa-late", "tass"], lexical.Select(h => h.ArticleId).Order());
        Assert.Equal(["pa-early", "pa-late", "tass"], vector.Select(h => h.ArticleId).Order());
    }

    [Fact]
    public async Task Search_UnknownOutlet_ReturnsEmpty()
    {
        await WriteFilterCorpusAsync();
        var filter = new SearchFilter { Outlets = ["Nobody's Gazette"] };

        Assert.Empty(await Store.SearchLexicalAsync(["ceasefire"], filter, 10, Ct));
        Assert.Empty(await Store.SearchVectorAsync(Axis(0), filter, 10, Ct));
    }

    [Fact]
    public async Task Search_DateRange_KeepsInclusiveBoundsAndDropsUndated()
    {
        await WriteFilterCorpusAsync();
        var filter = new SearchFilter { From = Day(3), To = Day(5) };

        var lexical = await Store.SearchLexicalAsync(["ceasefire"], filter, 10, Ct);
        var vector = await Store.SearchVectorAsync(Axis(0), filter, 10, Ct);

        Assert.Equal(["pa-late", "tass"], lexical.Select(h => h.ArticleId).Order());
        Assert.Equal(["pa-late", "tass"], vector.Select(h => h.ArticleId).Order());
    }

    [Fact]
    public async Task Search_OnlyFromBound_DropsUndatedAndEarlier()
    {
        await WriteFilterCorpusAsync();
        var filter = new SearchFilter { From = Day(5).AddTicks(-1) };

        Assert.Equal(["pa-late", "reuters"], (await Store.SearchLexicalAsync(["ceasefire"], filter, 10, Ct)).Select(h => h.ArticleId).Order());
        Assert.Equal(["pa-late", "reuters"], (await Store.SearchVectorAsync(Axis(0), filter, 10, Ct)).Select(h => h.ArticleId).Order());
    }

    [Fact]
    public async Task Search_BoundInOtherOffset_ComparesMoments()
    {
        await WriteFilterCorpusAsync();
        var sameMomentAsDay3 = Day(3).ToOffset(TimeSpan.FromHours(-5));
        var filter = new SearchFilter { To = sameMomentAsDay3 };

        Assert.Equal(["pa-early", "tass"], (await Store.SearchLexicalAsync(["ceasefire"], filter, 10, Ct)).Select(h => h.ArticleId).Order());
        Assert.Equal(["pa-early", "tass"], (await Store.SearchVectorAsync(Axis(0), filter, 10, Ct)).Select(h => h.ArticleId).Order());
    }

    [Fact]
    public async Task Search_NoDateBound_KeepsUndatedArticles()
    {
        await WriteFilterCorpusAsync();
        var filter = new SearchFilter { Outlets = ["Local Blog"] };

        Assert.Equal("undated", Assert.Single(await Store.SearchLexicalAsync(["ceasefire"], filter, 10, Ct)).ArticleId);
        Assert.Equal("undated", Assert.Single(await Store.SearchVectorAsync(Axis(0), filter, 10, Ct)).ArticleId);
        Assert.Equal(5, (await Store.SearchVectorAsync(Axis(0), SearchFilter.None, 10, Ct)).Count);
    }

    [Fact]
    public async Task GetChunksAsync_StoredArticle_ReturnsChunksInOrder()
    {
        await WriteAsync(Article("a1").WithChunk("First.", Axis(0)).WithChunk("Second.", Axis(1)).WithChunk("Third.", Axis(2)).Build());

        var chunks = await Store.GetChunksAsync("a1", Ct);

        Assert.Equal(["First.", "Second.", "Third."], chunks.Select(c => c.Text));
        Assert.Equal([0, 1, 2], chunks.Select(c => c.Position));
        Assert.All(chunks, c => Assert.Equal("Headline of a1", c.Title));
    }

    [Fact]
    public async Task ListArticlesAsync_SeveralArticles_ReturnsAllOrderedById()
    {
        await WriteAsync(Article("b").WithChunk("B.", Axis(0)).Build(), Article("a").WithChunk("A.", Axis(1)).Build(), Article("c").Build());

        var articles = await Store.ListArticlesAsync(Ct);

        Assert.Equal(["a", "b", "c"], articles.Select(a => a.Article.Id));
        Assert.Equal("B.", articles[1].Article.Body);
        Assert.Equal([1, 1, 0], articles.Select(a => a.ChunkCount));
    }

    [Fact]
    public async Task GetArticleAsync_UnknownId_ReturnsNull()
    {
        Assert.Null(await Store.GetArticleAsync("missing", Ct));
    }

    [Fact]
    public async Task ClearAsync_StoreWithData_EmptiesEverythingIncludingEmbedder()
    {
        await WriteAsync(Article("a1").WithChunk("Harvest news.", Axis(0)).Build());
        await Store.SearchVectorAsync(Axis(0), SearchFilter.None, 10, Ct);

        await Store.ClearAsync(Ct);

        Assert.Equal(new StoreCounts(0, 0), await Store.CountAsync(Ct));
        Assert.Null(await Store.GetEmbedderAsync(Ct));
        Assert.Empty(await Store.ListArticlesAsync(Ct));
        Assert.Empty(await Store.GetContentHashesAsync(null, Ct));
        Assert.Empty(await Store.SearchLexicalAsync(["harvest"], SearchFilter.None, 10, Ct));
        Assert.Empty(await Store.SearchVectorAsync(Axis(0), SearchFilter.None, 10, Ct));
    }

    [Fact]
    public async Task ClearAsync_ThenOtherEmbedder_AcceptsNewDimensions()
    {
        await WriteAsync(Article("a1").WithChunk("Old.", Axis(0)).Build());
        await Store.ClearAsync(Ct);
        var wider = new EmbedderSignature("other/model", Dimensions * 2);
        var vector = new float[wider.Dimensions];
        vector[^1] = 1f;
        var article = Article("a2").WithChunk("New harvest.", vector).Build();

        await Store.EnsureEmbedderAsync(wider, Ct);
        await Store.UpsertAsync(article.Article, article.ContentHash, article.Chunks, Ct);

        Assert.Equal(wider, await Store.GetEmbedderAsync(Ct));
        Assert.Equal("a2", Assert.Single(await Store.SearchVectorAsync(vector, SearchFilter.None, 10, Ct)).ArticleId);
    }

    /// <summary>Creates a new, empty store for one test.</summary>
    protected abstract Task<IChunkStore> CreateStoreAsync();

    /// <summary>Releases a store after a test; by default disposes it when it is disposable.</summary>
    protected virtual async ValueTask DisposeStoreAsync(IChunkStore store)
    {
        switch (store)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    /// <summary>Records <see cref="Embedder"/> and writes the articles; returns the last article's change.</summary>
    protected async Task<IndexChange> WriteAsync(params TestArticle[] articles)
    {
        await Store.EnsureEmbedderAsync(Embedder, Ct);
        var change = IndexChange.Unchanged;
        foreach (var article in articles)
        {
            change = await Store.UpsertAsync(article.Article, article.ContentHash, article.Chunks, Ct);
        }

        return change;
    }

    /// <summary>The unit vector along <paramref name="axis"/> in <see cref="Dimensions"/> dimensions.</summary>
    protected float[] Axis(int axis) => TestVectors.Axis(Dimensions, axis);

    private static DateTimeOffset Day(int day) => new(2024, 5, day, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Five articles on one topic across outlets and dates, all matching "ceasefire" and near axis 0.</summary>
    private Task WriteFilterCorpusAsync() => WriteAsync(
        Article("pa-early").FromOutlet("Press Association").PublishedAt(Day(1)).WithChunk("Ceasefire talks open.", TestVectors.Between(Dimensions, 0, 1, 0.9f)).Build(),
        Article("tass").FromOutlet("TASS").PublishedAt(Day(3)).WithChunk("Ceasefire proposal rejected.", TestVectors.Between(Dimensions, 0, 2, 0.8f)).Build(),
        Article("pa-late").FromOutlet("Press Association").PublishedAt(Day(5)).WithChunk("Ceasefire agreed.", TestVectors.Between(Dimensions, 0, 3, 0.7f)).Build(),
        Article("reuters").FromOutlet("Reuters").PublishedAt(Day(7)).WithChunk("Ceasefire holds.", TestVectors.Between(Dimensions, 0, 4, 0.6f)).Build(),
        Article("undated").FromOutlet("Local Blog").PublishedAt(null).WithChunk("Ceasefire explained.", TestVectors.Between(Dimensions, 0, 5, 0.5f)).Build());
}
