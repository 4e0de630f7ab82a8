using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage;
using NewsBot.Testing.Storage;
using static NewsBot.Testing.Storage.TestArticleBuilder;

namespace NewsBot.Storage.Sqlite.Tests;

/// <summary>What the SQLite store does beyond the contract: the file, its journal, its transactions and its text search.</summary>
public sealed class SqliteChunkStoreTests : IDisposable
{
    private const int Dims = 4;
    private static readonly EmbedderSignature Embedder = new("test/axes", Dims);
    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Constructor_ReopenedFile_KeepsArticlesEmbedderAndSearches()
    {
        var path = _folder.File();
        await using (var store = new SqliteChunkStore(path))
        {
            await WriteAsync(store, Article("a1").Titled("Port strike").WithChunk("Dockers walked out on Monday.", Axis(0)).Build());
        }

        await using var reopened = new SqliteChunkStore(path);

        Assert.Equal(Embedder, await reopened.GetEmbedderAsync(Ct));
        Assert.Equal(new StoreCounts(1, 1), await reopened.CountAsync(Ct));
        Assert.Equal("Port strike", (await reopened.GetArticleAsync("a1", Ct))?.Article.Title);
        Assert.Single(await reopened.SearchLexicalAsync(["dockers"], SearchFilter.None, 5, Ct));
        Assert.Single(await reopened.SearchVectorAsync(Axis(0), SearchFilter.None, 5, Ct));
    }

    [Fact]
    public async Task Constructor_NewFile_TurnsOnWalJournal()
    {
        var path = _folder.File();
        await using (new SqliteChunkStore(path))
        {
        }

        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", await command.ExecuteScalarAsync(Ct) as string);
    }

    [Fact]
    public async Task Constructor_MissingFolder_CreatesIt()
    {
        var path = Path.Combine(_folder.Path, "nested", "deeper", "store.db");

        await using var store = new SqliteChunkStore(path);

        Assert.True(File.Exists(path));
        Assert.Equal(Path.GetFullPath(path), store.Path);
    }

    [Fact]
    public async Task UpsertAsync_FailureInTheMiddleOfTheTransaction_KeepsPreviousVersion()
    {
        var path = _folder.File();
        await using var store = new SqliteChunkStore(path);
        var original = Article("a1").Titled("Original").WithChunk("Old first paragraph about rivers.", Axis(0)).WithChunk("Old second paragraph.", Axis(1)).Build();
        await WriteAsync(store, original);
        await store.SearchVectorAsync(Axis(0), SearchFilter.None, 5, Ct); // load the vector cache, which must stay in step too
        await ExecuteAsync(path, """
            CREATE TRIGGER fail_third_chunk BEFORE INSERT ON chunks WHEN NEW.position = 2
            BEGIN SELECT RAISE(ABORT, 'injected failure'); END;
            """);
        var replacement = Article("a1").Titled("Replacement").WithChunk("New text about mountains.", Axis(2))
            .WithChunk("More new text.", Axis(3)).WithChunk("This chunk fails.", Axis(3)).Build();

        await Assert.ThrowsAsync<SqliteException>(() => store.UpsertAsync(replacement.Article, replacement.ContentHash, replacement.Chunks, Ct));

        var stored = await store.GetArticleAsync("a1", Ct);
        Assert.Equal("Original", stored?.Article.Title);
        Assert.Equal(original.ContentHash, stored?.ContentHash);
        Assert.Equal(["Old first paragraph about rivers.", "Old second paragraph."], (await store.GetChunksAsync("a1", Ct)).Select(c => c.Text));
        Assert.Single(await store.SearchLexicalAsync(["rivers"], SearchFilter.None, 5, Ct));
        Assert.Empty(await store.SearchLexicalAsync(["mountains"], SearchFilter.None, 5, Ct));
        Assert.Equal("a1#0", Assert.Single(await store.SearchVectorAsync(Axis(0), SearchFilter.None, 1, Ct)).ChunkId);
        Assert.DoesNotContain(await store.SearchVectorAsync(Axis(2), SearchFilter.None, 5, Ct), h => h.Text.Contains("mountains", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dispose_AfterWritesAndSearches_ReleasesTheFile()
    {
        var path = _folder.File();
        var store = new SqliteChunkStore(path);
        await WriteAsync(store, Article("a1").WithChunk("Text about trains.", Axis(0)).Build());
        await store.SearchLexicalAsync(["trains"], SearchFilter.None, 5, Ct);
        await store.SearchVectorAsync(Axis(0), SearchFilter.None, 5, Ct);

        await store.DisposeAsync();
        File.Delete(path);
        File.Delete(path + "-wal");
        File.Delete(path + "-shm");

        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Constructor_FileThatIsNotSqlite_ThrowsNamingThePath()
    {
        var path = _folder.File("notes.db");
        await File.WriteAllTextAsync(path, new string('x', 4096), Ct);

        var ex = Assert.Throws<StoreUnavailableException>(() => new SqliteChunkStore(path));

        Assert.Contains(Path.GetFullPath(path), ex.Message, StringComparison.Ordinal);
        Assert.IsType<SqliteException>(ex.InnerException);
        File.Delete(path); // the failed open must not keep the file locked
    }

    [Fact]
    public async Task Constructor_NewerSchemaVersion_ThrowsNamingThePath()
    {
        var path = _folder.File();
        await using (new SqliteChunkStore(path))
        {
        }

        await ExecuteAsync(path, "UPDATE meta SET value = 99 WHERE key = 'schema_version'");

        var ex = Assert.Throws<StoreUnavailableException>(() => new SqliteChunkStore(path));
        Assert.Contains(Path.GetFullPath(path), ex.Message, StringComparison.Ordinal);
        Assert.Contains("99", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpsertAsync_NoEmbedderRecorded_ThrowsAndWritesNothing()
    {
        await using var store = new SqliteChunkStore(_folder.File());
        var article = Article("a1").WithChunk("Text.", Axis(0)).Build();

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => store.UpsertAsync(article.Article, article.ContentHash, article.Chunks, Ct));

        Assert.Contains("EnsureEmbedderAsync", ex.Message, StringComparison.Ordinal);
        Assert.Equal(new StoreCounts(0, 0), await store.CountAsync(Ct));
    }

    [Fact]
    public async Task UpsertAsync_ChunkOfAnotherArticle_ThrowsArgumentException()
    {
        await using var store = new SqliteChunkStore(_folder.File());
        await store.EnsureEmbedderAsync(Embedder, Ct);
        var article = Article("a1").WithChunk("Text.", Axis(0)).Build();
        var other = Article("a2").WithChunk("Other.", Axis(1)).Build();

        await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertAsync(article.Article, article.ContentHash, other.Chunks, Ct));
    }

    [Fact]
    public async Task SearchVectorAsync_QueryOfOtherLength_ThrowsArgumentException()
    {
        await using var store = new SqliteChunkStore(_folder.File());
        await WriteAsync(store, Article("a1").WithChunk("Text.", Axis(0)).Build());

        await Assert.ThrowsAsync<ArgumentException>(() => store.SearchVectorAsync(new float[Dims + 1], SearchFilter.None, 5, Ct));
    }

    [Fact]
    public async Task SearchVectorAsync_ZeroQuery_ReturnsEmpty()
    {
        await using var store = new SqliteChunkStore(_folder.File());
        await WriteAsync(store, Article("a1").WithChunk("Text.", Axis(0)).Build());

        Assert.Empty(await store.SearchVectorAsync(new float[Dims], SearchFilter.None, 5, Ct));
    }

    [Fact]
    public async Task SearchVectorAsync_WrittenByAnotherProcess_SeesTheChange()
    {
        var path = _folder.File();
        await using var reader = new SqliteChunkStore(path);
        await using var writer = new SqliteChunkStore(path);
        await WriteAsync(writer, Article("a1").WithChunk("First.", Axis(0)).Build());
        Assert.Single(await reader.SearchVectorAsync(Axis(0), SearchFilter.None, 5, Ct));

        await WriteAsync(writer, Article("a2").WithChunk("Second.", Axis(1)).Build());
        await writer.RemoveAsync("a1", Ct);

        Assert.Equal("a2", Assert.Single(await reader.SearchVectorAsync(Axis(0), SearchFilter.None, 5, Ct)).ArticleId);
    }

    [Theory]
    [InlineData("ministers", "The minister resigned.")]
    [InlineData("resigning", "The minister resigned.")]
    [InlineData("cafe", "Talks were held in a café in Zürich.")]
    [InlineData("ZURICH", "Talks were held in a café in Zürich.")]
    public async Task SearchLexicalAsync_InflectedOrAccentedForm_MatchesText(string term, string text)
    {
        await using var store = new SqliteChunkStore(_folder.File());
        await WriteAsync(store, Article("a1").WithChunk(text, Axis(0)).Build());

        Assert.Single(await store.SearchLexicalAsync([term], SearchFilter.None, 5, Ct));
    }

    [Fact]
    public async Task SearchLexicalAsync_TermOnlyInTitle_FindsChunksButRanksTextMatchesHigher()
    {
        await using var store = new SqliteChunkStore(_folder.File());
        await WriteAsync(store,
            Article("in-title").Titled("Drought in the south").WithChunk("Farmers wait for rain.", Axis(0)).Build(),
            Article("in-text").Titled("Weather").WithChunk("The drought deepened in the south.", Axis(1)).Build());

        var hits = await store.SearchLexicalAsync(["drought"], SearchFilter.None, 5, Ct);

        Assert.Equal(["in-text", "in-title"], hits.Select(h => h.ArticleId));
    }

    [Fact]
    public async Task SearchLexicalAsync_TermInMostChunks_StillRanksRareTermMatchesFirst()
    {
        await using var store = new SqliteChunkStore(_folder.File());
        var builder = Article("big");
        for (var i = 0; i < 2500; i++)
        {
            builder.WithChunk(i % 1000 == 7 ? $"Report {i} on the weather and a rare eclipse." : $"Report {i} on the weather.", Axis(i % Dims));
        }

        await WriteAsync(store, builder.Build());

        var mixed = await store.SearchLexicalAsync(["weather", "eclipse"], SearchFilter.None, 3, Ct);
        var commonOnly = await store.SearchLexicalAsync(["weather", "report"], SearchFilter.None, 3, Ct);

        Assert.Equal([7, 1007, 2007], mixed.Select(h => h.Position).Order());
        Assert.Equal(3, commonOnly.Count);
    }

    [Fact]
    public async Task UpsertAsync_TitleChanged_OldTitleNoLongerMatches()
    {
        await using var store = new SqliteChunkStore(_folder.File());
        await WriteAsync(store, Article("a1").Titled("Volcano erupts").WithChunk("Ash fell on the town.", Axis(0)).Build());

        await WriteAsync(store, Article("a1").Titled("Ash cloud spreads").WithChunk("Ash fell on the town.", Axis(0)).Build());

        Assert.Empty(await store.SearchLexicalAsync(["volcano"], SearchFilter.None, 5, Ct));
        Assert.Single(await store.SearchLexicalAsync(["cloud"], SearchFilter.None, 5, Ct));
    }

    [Fact]
    public async Task Operations_AfterDispose_ThrowObjectDisposedException()
    {
        var store = new SqliteChunkStore(_folder.File());
        store.Dispose();
        store.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.CountAsync(Ct));
    }

    private static float[] Axis(int axis) => TestVectors.Axis(Dims, axis);

    private static async Task WriteAsync(SqliteChunkStore store, params TestArticle[] articles)
    {
        await store.EnsureEmbedderAsync(Embedder, Ct);
        foreach (var article in articles)
        {
            await store.UpsertAsync(article.Article, article.ContentHash, article.Chunks, Ct);
        }
    }

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }
}
