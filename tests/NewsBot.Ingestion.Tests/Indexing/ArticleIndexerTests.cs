using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage;
using NewsBot.Core.Text;
using NewsBot.Ingestion.Chunking;
using NewsBot.Ingestion.Embedding;
using NewsBot.Ingestion.Indexing;
using NewsBot.Ingestion.Reading;
using NewsBot.Testing.Fakes;

namespace NewsBot.Ingestion.Tests.Indexing;

public sealed class ArticleIndexerTests
{
    private readonly FakeSourceReader reader = new();
    private readonly InMemoryChunkStore store = new();
    private readonly CancellationToken token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task IndexAsync_SameInputTwice_SecondRunReportsNoChanges()
    {
        reader.Locations["news"] = [Ok("a", "Ferry strike ends"), Ok("b", "Bridge reopens")];

        var first = await Indexer().IndexAsync(["news"], null, token);
        var second = await Indexer().IndexAsync(["news"], null, token);

        Assert.Equal((2, 0, 0), (first.Added, first.Updated, first.Unchanged));
        Assert.Equal((0, 0, 2, 0, 0), (second.Added, second.Updated, second.Unchanged, second.Removed, second.Failures.Count));
        Assert.Equal(0, second.Changed);
    }

    [Fact]
    public async Task IndexAsync_ChangedArticle_ReplacedAndOldTextGone()
    {
        reader.Locations["news"] = [Ok("a", "Ferry strike ends", "The ferry strike ended on Tuesday.")];
        await Indexer().IndexAsync(["news"], null, token);
        reader.Locations["news"] = [Ok("a", "Ferry strike ends", "The ferry strike ended on Wednesday after talks.")];

        var report = await Indexer().IndexAsync(["news"], null, token);

        Assert.Equal(1, report.Updated);
        var chunks = await store.GetChunksAsync("a", token);
        Assert.Contains("Wednesday", string.Join(" ", chunks.Select(c => c.Text)), StringComparison.Ordinal);
        Assert.DoesNotContain("Tuesday", string.Join(" ", chunks.Select(c => c.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexAsync_ArticleVanishedFromSource_Removed()
    {
        reader.Locations["news"] = [Ok("a", "One"), Ok("b", "Two")];
        await Indexer().IndexAsync(["news"], null, token);
        reader.Locations["news"] = [Ok("a", "One")];

        var report = await Indexer().IndexAsync(["news"], null, token);

        Assert.Equal(1, report.Removed);
        Assert.Null(await store.GetArticleAsync("b", token));
    }

    [Fact]
    public async Task IndexAsync_OneItemBroken_OthersIndexedNothingRemovedAndReasonReported()
    {
        reader.Locations["news"] = [Ok("a", "One"), Ok("b", "Two")];
        await Indexer().IndexAsync(["news"], null, token);
        reader.Locations["news"] = [Ok("a", "One"), ReadOutcome.Failure("news/b.txt", "news/b.txt has no date line.")];

        var report = await Indexer().IndexAsync(["news"], null, token);

        Assert.Equal(0, report.Removed);
        var failure = Assert.Single(report.Failures);
        Assert.Equal("news/b.txt", failure.Origin);
        Assert.Contains("no date line", failure.Reason, StringComparison.Ordinal);
        Assert.NotNull(await store.GetArticleAsync("b", token));
    }

    [Fact]
    public async Task IndexAsync_MissingSource_ReportedAndIndexUntouched()
    {
        reader.Locations["news"] = [Ok("a", "One")];
        await Indexer().IndexAsync(["news"], null, token);

        var report = await Indexer().IndexAsync(["gone"], null, token);

        Assert.Contains("does not exist", Assert.Single(report.Failures).Reason, StringComparison.Ordinal);
        Assert.Equal(1, (await store.CountAsync(token)).Articles);
    }

    [Fact]
    public async Task IndexAsync_StoreBuiltByOtherEmbedder_RefusesWithReindexAdvice()
    {
        await store.EnsureEmbedderAsync(new EmbedderSignature("openai:text-embedding-3-small", 1536), token);
        reader.Locations["news"] = [Ok("a", "One")];

        var error = await Assert.ThrowsAsync<EmbedderMismatchException>(() => Indexer().IndexAsync(["news"], null, token));

        Assert.Contains("re-index", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexAsync_Progress_ReportsItemsDoneOutOfItemsReadUpToTheEnd()
    {
        reader.Locations["news"] = [Ok("a", "One"), Ok("b", "Two"), Ok("c", "Three")];
        var seen = new List<IndexProgress>();

        await Indexer().IndexAsync(["news"], new SyncProgress(seen.Add), token);

        Assert.Equal(new IndexProgress("news", 3, 3), seen[^1]);
        Assert.All(seen, p => Assert.InRange(p.Done, 0, p.Total));
        Assert.Equal([1, 2, 3], seen.Select(p => p.Total).Distinct());
    }

    [Fact]
    public async Task IndexAsync_SlowSource_EachArticleWrittenBeforeTheNextIsRead()
    {
        var slow = new WaitingSourceReader([Ok("a", "One"), Ok("b", "Two"), Ok("c", "Three")]);

        var report = await Indexer(source: slow).IndexAsync(["news"], slow, token);

        Assert.Equal(3, report.Added);
        Assert.Equal([0, 1, 2], slow.DoneBeforeEachItem);
    }

    [Fact]
    public async Task IndexAsync_StoppedPartWay_KeepsWhatWasWrittenRemovesNothingAndSaysStopped()
    {
        reader.Locations["news"] = [Ok("a", "One"), Ok("b", "Two"), Ok("c", "Three"), Ok("d", "Four")];
        await Indexer().IndexAsync(["news"], null, token);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(token);
        var stopping = new WaitingSourceReader([Ok("a", "One, again"), Ok("b", "Two, again"), Ok("c", "Three, again")]) { StopAt = (2, stop) };

        var report = await Indexer(source: stopping).IndexAsync(["news"], stopping, stop.Token);

        Assert.True(report.Stopped);
        Assert.Equal((0, 2, 0), (report.Removed, report.Updated, report.Failures.Count));
        Assert.Equal(4, (await store.CountAsync(token)).Articles);
        Assert.Equal("One, again", (await store.GetArticleAsync("a", token))!.Article.Title);
        Assert.Equal("Three", (await store.GetArticleAsync("c", token))!.Article.Title);
    }

    [Fact]
    public async Task IndexAsync_StoppedWhileTheSourceFetchesItsNextItem_SaysStoppedWithoutAnError()
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(token);
        var fetching = new FetchingSourceReader([Ok("a", "One"), Ok("b", "Two")], TimeSpan.FromMilliseconds(500));

        var report = await Indexer(new StoppingEmbedder(stop), source: fetching).IndexAsync(["news"], null, stop.Token);

        Assert.True(report.Stopped);
        Assert.Equal(0, (await store.CountAsync(token)).Articles);
    }

    [Fact]
    public async Task IndexAsync_DuplicateItem_CountedApartNotAsAFailureAndVanishedArticlesStillRemoved()
    {
        reader.Locations["news"] = [Ok("a", "One"), Ok("b", "Two")];
        await Indexer().IndexAsync(["news"], null, token);
        reader.Locations["news"] = [Ok("a", "One"), ReadOutcome.Duplicate("news/b.txt", "news/a.txt")];

        var report = await Indexer().IndexAsync(["news"], null, token);

        Assert.Equal(new IndexDuplicate("news/b.txt", "news/a.txt"), Assert.Single(report.Duplicates));
        Assert.Empty(report.Failures);
        Assert.Equal(1, report.Removed);
    }

    [Fact]
    public async Task IndexAsync_EmbedderUnreachable_ReportsTheReasonAndLogsNoStackTraceAboveDebug()
    {
        reader.Locations["news"] = [Ok("a", "Ferry strike ends")];
        var logger = new FakeLogger<ArticleIndexer>();

        var report = await Indexer(new UnreachableEmbedder(), logger).IndexAsync(["news"], null, token);

        var failure = Assert.Single(report.Failures);
        Assert.Equal(UnreachableEmbedder.Reason, failure.Reason);
        var records = logger.Collector.GetSnapshot();
        var shown = records.Where(r => r.Level >= LogLevel.Information).ToList();
        Assert.Contains(shown, r => r.Message.Contains(UnreachableEmbedder.Reason, StringComparison.Ordinal));
        Assert.All(shown, r => Assert.Null(r.Exception));
        Assert.Contains(records, r => r.Level == LogLevel.Debug && r.Exception is HttpRequestException);
    }

    private ArticleIndexer Indexer(IEmbeddingGenerator<string, Embedding<float>>? embedder = null, ILogger<ArticleIndexer>? logger = null, ISourceReader? source = null)
    {
        var options = Options.Create(new EmbeddingOptions());
        return new ArticleIndexer(
            source ?? reader,
            new SentenceChunker(new TiktokenCounter(), Options.Create(new ChunkingOptions())),
            embedder ?? new HashingEmbeddingGenerator(64),
            new EmbedderSignature(HashingEmbeddingGenerator.Name, 64),
            store,
            options,
            logger ?? NullLogger<ArticleIndexer>.Instance);
    }

    private static ReadOutcome Ok(string id, string title, string? body = null) =>
        ReadOutcome.Success(new Article(id, title, body ?? $"{title}. Something happened in the town today.", "Gazette",
            new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), null, $"news/{id}.txt", "news"));

    private sealed class SyncProgress(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => report(value);
    }
}
