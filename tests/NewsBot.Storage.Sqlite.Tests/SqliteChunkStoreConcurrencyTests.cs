using NewsBot.Core.Storage;
using NewsBot.Testing.Storage;
using static NewsBot.Testing.Storage.TestArticleBuilder;

namespace NewsBot.Storage.Sqlite.Tests;

/// <summary>
/// Two stores on one file stand for two processes (each has its own connections and vector cache): an index run
/// writing and a long-lived reader such as the Discord bot.
/// </summary>
public sealed class SqliteChunkStoreConcurrencyTests : IDisposable
{
    private const int Dims = 4;
    private static readonly EmbedderSignature Embedder = new("test/axes", Dims);
    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task SearchVectorAsync_AnotherStoreWritingMeanwhile_NeverFailsAndEndsWithEveryArticle()
    {
        const int Articles = 300;
        var path = _folder.File();
        await using var writer = new SqliteChunkStore(path);
        await using var reader = new SqliteChunkStore(path);
        await writer.EnsureEmbedderAsync(Embedder, Ct);

        var writing = Task.Run(async () =>
        {
            for (var i = 0; i < Articles; i++)
            {
                var article = Article($"a{i}").WithChunk($"Report {i}.", TestVectors.Axis(Dims, i % Dims)).WithChunk($"More on {i}.", TestVectors.Axis(Dims, (i + 1) % Dims)).Build();
                await writer.UpsertAsync(article.Article, article.ContentHash, article.Chunks, Ct);
            }
        }, Ct);

        // Every search after a commit by the writer reloads the reader's cache while the next article is being written.
        var searches = 0;
        while (!writing.IsCompleted)
        {
            await reader.SearchVectorAsync(TestVectors.Axis(Dims, 0), SearchFilter.None, 5, Ct);
            searches++;
        }

        await writing;
        var all = await reader.SearchVectorAsync(TestVectors.Axis(Dims, 0), SearchFilter.None, 10 * Articles, Ct);
        Assert.True(searches > 1, $"only {searches} search ran while writing");
        Assert.Equal(2 * Articles, all.Count);
        Assert.Equal(Articles, all.Select(h => h.ArticleId).Distinct().Count());
    }

    [Fact]
    public async Task SearchVectorAsync_LongLivedReader_SeesEveryArticleAnotherStoreCommitted()
    {
        var path = _folder.File();
        await using var reader = new SqliteChunkStore(path);
        await using (var firstRun = new SqliteChunkStore(path))
        {
            await WriteAsync(firstRun, "a0");
        }

        Assert.Single(await reader.SearchVectorAsync(TestVectors.Axis(Dims, 0), SearchFilter.None, 100, Ct));

        await using (var secondRun = new SqliteChunkStore(path))
        {
            await WriteAsync(secondRun, "a1", "a2", "a3");
            await secondRun.RemoveAsync("a0", Ct);
        }

        var hits = await reader.SearchVectorAsync(TestVectors.Axis(Dims, 0), SearchFilter.None, 100, Ct);
        Assert.Equal(["a1", "a2", "a3"], hits.Select(h => h.ArticleId).Order(StringComparer.Ordinal));
        Assert.Equal(new StoreCounts(3, 3), await reader.CountAsync(Ct));
    }

    [Fact]
    public async Task Constructor_AnotherStoreHoldsAWriteTransaction_OpensAndReadsWithoutWaiting()
    {
        var path = _folder.File();
        await using (var setUp = new SqliteChunkStore(path))
        {
            await WriteAsync(setUp, "a0");
        }

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False;Default Timeout=1");
        await connection.OpenAsync(Ct);
        await using var writing = connection.BeginTransaction(deferred: false);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "UPDATE meta SET value = value + 1 WHERE key = 'generation'";
            await command.ExecuteNonQueryAsync(Ct);
        }

        await using var reader = new SqliteChunkStore(path);

        Assert.Single(await reader.SearchVectorAsync(TestVectors.Axis(Dims, 0), SearchFilter.None, 5, Ct));
    }

    [Fact]
    public async Task SearchVectorAsync_AnotherStoreReplacingAndRemovingArticles_NeverSeesAnArticleHalfWritten()
    {
        const int Articles = 40;
        var path = _folder.File();
        await using var writer = new SqliteChunkStore(path);
        await using var reader = new SqliteChunkStore(path);
        await writer.EnsureEmbedderAsync(Embedder, Ct);
        for (var i = 0; i < Articles; i++)
        {
            await WriteVersionAsync(writer, i, version: 0);
        }

        await writer.FlushAsync(Ct);

        // Every write replaces (or removes) an article's three chunks; now and then the vector file is rewritten too.
        var writing = Task.Run(async () =>
        {
            for (var round = 1; round <= 400; round++)
            {
                var article = round % Articles;
                if (round % 7 == 0)
                {
                    await writer.RemoveAsync($"a{article}", Ct);
                }
                else
                {
                    await WriteVersionAsync(writer, article, round);
                }

                if (round % 50 == 0)
                {
                    await writer.FlushAsync(Ct);
                }
            }
        }, Ct);

        var searches = 0;
        while (!writing.IsCompleted)
        {
            var hits = await reader.SearchVectorAsync(TestVectors.Axis(Dims, 0), SearchFilter.None, 10 * Articles, Ct);
            foreach (var article in hits.GroupBy(h => h.ArticleId))
            {
                Assert.Equal(3, article.Count());
                Assert.Single(article.Select(h => h.Text.Split(' ')[0]).Distinct());
            }

            searches++;
        }

        await writing;
        Assert.True(searches > 1, $"only {searches} search ran while writing");
    }

    [Fact]
    public async Task SearchVectorAsync_SameStoreWritingBetweenQueries_SeesEachCommittedVersion()
    {
        var path = _folder.File();
        await using var store = new SqliteChunkStore(path);
        await store.EnsureEmbedderAsync(Embedder, Ct);
        await WriteVersionAsync(store, 0, version: 0);
        await store.FlushAsync(Ct);

        for (var version = 1; version <= 30; version++)
        {
            await WriteVersionAsync(store, version % 3, version);

            var hits = await store.SearchVectorAsync(TestVectors.Axis(Dims, 0), SearchFilter.None, 100, Ct);

            var latest = hits.Where(h => h.ArticleId == $"a{version % 3}").Select(h => h.Text.Split(' ')[0]).Distinct();
            Assert.Equal([$"v{version}"], latest);
            Assert.Equal(3 * Math.Min(3, version + 1), hits.Count);
        }
    }

    private static async Task WriteVersionAsync(SqliteChunkStore store, int article, int version)
    {
        var built = Article($"a{article}")
            .WithChunk($"v{version} first part of {article}.", TestVectors.Axis(Dims, 0))
            .WithChunk($"v{version} second part of {article}.", TestVectors.Axis(Dims, 1))
            .WithChunk($"v{version} third part of {article}.", TestVectors.Axis(Dims, 2))
            .Build();
        await store.UpsertAsync(built.Article, built.ContentHash, built.Chunks, Ct);
    }

    private static async Task WriteAsync(SqliteChunkStore store, params string[] ids)
    {
        await store.EnsureEmbedderAsync(Embedder, Ct);
        foreach (var id in ids)
        {
            var article = Article(id).WithChunk($"Text of {id}.", TestVectors.Axis(Dims, 0)).Build();
            await store.UpsertAsync(article.Article, article.ContentHash, article.Chunks, Ct);
        }
    }
}
