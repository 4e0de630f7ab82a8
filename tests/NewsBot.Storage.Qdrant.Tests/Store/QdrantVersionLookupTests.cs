using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Storage;
using static NewsBot.Testing.Storage.TestArticleBuilder;

namespace NewsBot.Storage.Qdrant.Tests.Store;

/// <summary>
/// A search keeps only chunks of their article's current version. The versions found are remembered for a short while,
/// so repeated questions do not look them up each time, yet another process's replacement or rebuild shows at once.
/// </summary>
public sealed class QdrantVersionLookupTests : QdrantStoreTestBase
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task SearchHybridAsync_SameArticlesAgainSoon_LooksUpTheirVersionsOnlyTheFirstTime()
    {
        await WriteAsync(Open(), Article("a1").WithChunk("Ceasefire talks resumed.", Axis(0)).Build());
        var reader = Open(time: _time);
        var question = new HybridQuery(["ceasefire"], Axis(0), 10);
        var before = VersionLookUps();

        var first = await reader.SearchHybridAsync(question, SearchFilter.None, Ct);
        var lookUps = VersionLookUps() - before;
        var again = await reader.SearchHybridAsync(question, SearchFilter.None, Ct);
        var lookUpsAgain = VersionLookUps() - before;
        _time.Advance(TimeSpan.FromSeconds(10));
        await reader.SearchHybridAsync(question, SearchFilter.None, Ct);

        Assert.Equal(first.Lexical.Select(h => h.ChunkId), again.Lexical.Select(h => h.ChunkId));
        Assert.Equal(first.Semantic.Select(h => h.ChunkId), again.Semantic.Select(h => h.ChunkId));
        Assert.Equal((1, 1, 2), (lookUps, lookUpsAgain, VersionLookUps() - before));
    }

    [Fact]
    public async Task SearchLexicalAsync_AnotherProcessRebuiltWithTheArticleChanged_NextSearchShowsTheNewVersion()
    {
        var writer = Open();
        var reader = Open(time: _time);
        await WriteAsync(writer, Article("a1").WithChunk("Tariffs rose sharply.", Axis(0)).Build());
        Assert.Contains("rose", Assert.Single(await reader.SearchLexicalAsync(["tariffs"], SearchFilter.None, 10, Ct)).Text, StringComparison.Ordinal);

        await writer.BeginRebuildAsync(Ct);
        await WriteAsync(writer, Article("a1").WithChunk("Tariffs fell sharply.", Axis(0)).Build());
        await writer.CompleteRebuildAsync(Ct);

        Assert.Contains("fell", Assert.Single(await reader.SearchLexicalAsync(["tariffs"], SearchFilter.None, 10, Ct)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchLexicalAsync_AnotherProcessReplacedTheArticle_NextSearchShowsTheNewVersionWhole()
    {
        var writer = Open();
        var reader = Open(time: _time);
        await WriteAsync(writer, Article("a1").WithChunk("Tariffs rose sharply.", Axis(0)).WithChunk("Tariffs hit steel.", Axis(1)).Build());
        Assert.Equal(2, (await reader.SearchLexicalAsync(["tariffs"], SearchFilter.None, 10, Ct)).Count);

        await WriteAsync(writer, Article("a1").WithChunk("Tariffs fell sharply.", Axis(0)).Build());

        Assert.Contains("fell", Assert.Single(await reader.SearchLexicalAsync(["tariffs"], SearchFilter.None, 10, Ct)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetEmbedderAsync_CollectionDroppedAndMadeAgainForAnotherEmbedder_ReaderSeesItAfterASearchFoundItMissing()
    {
        var writer = Open();
        var reader = Open(time: _time);
        await WriteAsync(writer, Article("a1").WithChunk("Tariffs rose.", Axis(0)).Build());
        Assert.Equal(Embedder, await reader.GetEmbedderAsync(Ct));

        await writer.ClearAsync(Ct);
        Assert.Empty(await reader.SearchLexicalAsync(["tariffs"], SearchFilter.None, 10, Ct));
        var other = new EmbedderSignature("test/other", 4);
        await writer.EnsureEmbedderAsync(other, Ct);

        Assert.Equal(other, await reader.GetEmbedderAsync(Ct));
    }

    private int VersionLookUps() => StandIn.CallsOf("qdrant.Points/Get").Count;
}
