using NewsBot.Core.Storage;
using NewsBot.Testing.Storage;
using static NewsBot.Testing.Storage.TestArticleBuilder;

namespace NewsBot.Storage.Sqlite.Tests;

/// <summary>
/// How many passages hold a word, as the keyword search and the unknown-word check read it from the full-text index's
/// vocabulary: right after articles are replaced and removed, and what it leaves out of a search on a large store.
/// </summary>
public sealed class SqliteKeywordStatisticsTests : IDisposable
{
    private const int Dims = 4;
    private const int ChunksPerArticle = 20;
    private static readonly EmbedderSignature Embedder = new("test/axes", Dims);
    private static readonly string[] Rarer = Words("zorb", 49);
    private static readonly string[] Commoner = Words("quil", 6);
    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task UnmatchedAsync_WordsHeldRemovedReplacedAndAbsent_NamesExactlyThoseASearchFindsNothingFor()
    {
        await using var store = new SqliteChunkStore(_folder.File());
        await WriteAsync(store,
            Article("a1").Titled("Port strike").WithChunk("Dockers walked out on Monday.", Axis(0)).Build(),
            Article("a2").Titled("Weather").WithChunk("Ferries were cancelled in the storm.", Axis(1)).Build(),
            Article("a3").Titled("Rail").WithChunk("Trains ran late.", Axis(2)).Build());
        await store.RemoveAsync("a2", Ct);
        await WriteAsync(store, Article("a3").Titled("Rail").WithChunk("Buses replaced the trains.", Axis(2)).Build());
        string[] words = ["dockers", "ferries", "trains", "buses", "volcano", "the", "strike"];

        var unmatched = await store.UnmatchedAsync(words, Ct);

        Assert.Equal(["ferries", "volcano", "the"], unmatched);
        foreach (var word in words)
        {
            Assert.Equal(unmatched.Contains(word), (await store.SearchLexicalAsync([word], SearchFilter.None, 1, Ct)).Count == 0);
        }
    }

    [Fact]
    public async Task SearchLexicalAsync_WordInMoreThanHalfThePassages_IsLeftOutUntilRemovalsMakeItRarer()
    {
        // 2,381 passages: 'harbour' in the 1,300 of the first 65 articles, 'lighthouse' in the one of the last.
        await using var store = new SqliteChunkStore(_folder.File());
        await WriteArticlesAsync(store, 120, a => a < 65 ? "Boats in the harbour." : "A quiet day.");
        await WriteAsync(store, Article("a119").Titled("Report").WithChunk("The lighthouse keeper.", Axis(1)).Build());

        var before = await store.SearchLexicalAsync(["lighthouse", "harbour"], SearchFilter.None, 100, Ct);
        for (var a = 0; a < 15; a++)
        {
            await store.RemoveAsync($"a{a}", Ct);
        }

        var after = await store.SearchLexicalAsync(["lighthouse", "harbour"], SearchFilter.None, 100, Ct);

        Assert.Equal("a119", Assert.Single(before).ArticleId);
        Assert.Equal(100, after.Count); // 'harbour' is now in 1,000 of 2,081 passages
        Assert.Equal("a119", after[0].ArticleId);
    }

    [Fact]
    public async Task SearchLexicalAsync_CommonWordsTogetherBeyondTheRankingBudget_LeavesOutTheCommonest()
    {
        // 2,381 passages: 49 words in the 1,000 of the first 50 articles, 6 commoner ones in the 1,100 of the next 55, half is 1,190.
        await using var store = new SqliteChunkStore(_folder.File());
        await WriteArticlesAsync(store, 120, a => a switch
        {
            < 50 => string.Join(' ', Rarer) + ".",
            < 105 => string.Join(' ', Commoner) + ".",
            _ => "A quiet day.",
        });
        await WriteAsync(store, Article("a119").Titled("Report").WithChunk("The lighthouse keeper.", Axis(1)).Build());
        string[] question = ["lighthouse", .. Commoner, .. Rarer];
        Assert.True((Rarer.Length * 1000) + 1 <= SearchQueries.MaxRankedPostings);
        Assert.True((Rarer.Length * 1000) + 1 + 1100 > SearchQueries.MaxRankedPostings);

        var hits = await store.SearchLexicalAsync(question, SearchFilter.None, 3000, Ct);

        Assert.Equal(1001, hits.Count);
        Assert.Single(hits, hit => hit.ArticleId == "a119");
        Assert.All(hits, hit => Assert.True(hit.ArticleId == "a119" || int.Parse(hit.ArticleId[1..], System.Globalization.CultureInfo.InvariantCulture) < 50, hit.ArticleId));
    }

    private static float[] Axis(int axis) => TestVectors.Axis(Dims, axis);

    /// <summary>Made-up words the analyzer keeps as they are: <paramref name="stem"/>, two letters, 'x'.</summary>
    private static string[] Words(string stem, int count) =>
        [.. Enumerable.Range(0, count).Select(i => $"{stem}{(char)('a' + (i / 7))}{(char)('a' + (i % 7))}x")];

    /// <summary>Articles a0… of <see cref="ChunksPerArticle"/> passages each, every passage of article a reading <paramref name="text"/>(a).</summary>
    private static async Task WriteArticlesAsync(SqliteChunkStore store, int articles, Func<int, string> text)
    {
        for (var a = 0; a < articles; a++)
        {
            var builder = Article($"a{a}").Titled("Report");
            for (var c = 0; c < ChunksPerArticle; c++)
            {
                builder.WithChunk(text(a), Axis(c % Dims));
            }

            await WriteAsync(store, builder.Build());
        }
    }

    private static async Task WriteAsync(SqliteChunkStore store, params TestArticle[] articles)
    {
        await store.EnsureEmbedderAsync(Embedder, Ct);
        foreach (var article in articles)
        {
            await store.UpsertAsync(article.Article, article.ContentHash, article.Chunks, Ct);
        }
    }
}
