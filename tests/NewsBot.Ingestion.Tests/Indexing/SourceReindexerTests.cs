using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;
using NewsBot.Core.Storage;
using NewsBot.Core.Text;
using NewsBot.Ingestion.Chunking;
using NewsBot.Ingestion.Embedding;
using NewsBot.Ingestion.Indexing;
using NewsBot.Ingestion.Reading;
using NewsBot.Testing.Fakes;

namespace NewsBot.Ingestion.Tests.Indexing;

public sealed class SourceReindexerTests
{
    private readonly FakeSourceReader reader = new();
    private readonly InMemoryChunkStore store = new();
    private readonly CountingEmbedder embedder = new();
    private readonly CancellationToken token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReindexAsync_TwoSourcesWithAFailure_ProgressSumsBothAndCountsTheFailureBeforeTheEnd()
    {
        reader.Locations["news"] = [Ok("a", "Ferry strike ends"), ReadOutcome.Failure("news/b.txt", "news/b.txt has no date line."), Ok("c", "Bridge reopens")];
        reader.Locations["more"] = [Ok("d", "Library extends hours")];
        var seen = new List<ReindexProgress>();

        var report = await Reindexer().ReindexAsync(["news", "more"], new SyncProgress(seen.Add), token);

        Assert.Equal(new ReindexProgress(4, 4, 1), seen[^1]);
        var firstWithFailure = seen.FindIndex(p => p.Failures == 1);
        Assert.InRange(firstWithFailure, 0, seen.Count - 2);
        Assert.True(seen[firstWithFailure].Done < 4, "the failure was shown while items were still to do");
        Assert.Equal((3, 0, 0), (report.Added, report.Updated, report.Unchanged));
        Assert.Equal("news/b.txt", Assert.Single(report.Failures).Origin);
        Assert.False(report.Stopped);
    }

    [Fact]
    public async Task ReindexAsync_SecondRunWithOneChangedAndOneNewArticle_EmbedsOnlyThoseTwo()
    {
        reader.Locations["news"] = [Ok("a", "Ferry strike ends"), Ok("b", "Bridge reopens"), Ok("c", "Market moves")];
        await Reindexer().ReindexAsync(["news"], null, token);
        embedder.Embedded.Clear();
        reader.Locations["news"] = [Ok("a", "Ferry strike ends"), Ok("b", "Bridge reopens", "The bridge reopened on Friday after repairs."), Ok("c", "Market moves"), Ok("d", "Library extends hours")];

        var report = await Reindexer().ReindexAsync(["news"], null, token);

        Assert.Equal((1, 1, 2), (report.Added, report.Updated, report.Unchanged));
        Assert.Contains(embedder.Embedded, t => t.Contains("Friday", StringComparison.Ordinal));
        Assert.Contains(embedder.Embedded, t => t.Contains("Library", StringComparison.Ordinal));
        Assert.DoesNotContain(embedder.Embedded, t => t.Contains("Ferry", StringComparison.Ordinal) || t.Contains("Market", StringComparison.Ordinal));
    }

    private SourceReindexer Reindexer() => new(new ArticleIndexer(
        reader,
        new SentenceChunker(new TiktokenCounter(), Options.Create(new ChunkingOptions())),
        embedder,
        new EmbedderSignature(HashingEmbeddingGenerator.Name, 64),
        store,
        Options.Create(new EmbeddingOptions()),
        NullLogger<ArticleIndexer>.Instance));

    private static ReadOutcome Ok(string id, string title, string? body = null) =>
        ReadOutcome.Success(new Article(id, title, body ?? $"{title}. Something happened in the town today.", "Gazette",
            new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), null, $"news/{id}.txt", "news"));

    private sealed class SyncProgress(Action<ReindexProgress> report) : IProgress<ReindexProgress>
    {
        public void Report(ReindexProgress value) => report(value);
    }
}
