using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage;
using NewsBot.Testing.Storage;
using static NewsBot.Testing.Storage.TestArticleBuilder;

namespace NewsBot.Storage.Sqlite.Tests;

/// <summary>A file written by an older NewsBot is brought up to the current schema when opened, without re-embedding.</summary>
public sealed class SqliteSchemaMigrationTests : IDisposable
{
    private const int Dims = 4;
    private static readonly EmbedderSignature Embedder = new("test/axes", Dims);

    // Version 1 indexed the chunk text and title through a view, with FTS5's porter tokenizer.
    private const string Version1FtsSql = """
        DROP TABLE chunks_fts;
        CREATE VIEW chunk_search_text AS
            SELECT c.id AS id, c.text AS text, a.title AS title
            FROM chunks c JOIN articles a ON a.key = c.article_key;
        CREATE VIRTUAL TABLE chunks_fts USING fts5 (
            text, title,
            content = 'chunk_search_text', content_rowid = 'id',
            tokenize = 'porter unicode61 remove_diacritics 2');
        INSERT INTO chunks_fts (chunks_fts) VALUES ('rebuild');
        UPDATE meta SET value = 1 WHERE key = 'schema_version';
        """;

    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Constructor_Version1File_MigratesAndStillAnswersWithTheSharedAnalyzer()
    {
        var path = await Version1FileAsync(
            Article("seizure").Titled("Coast guard report").WithChunk("Police seized three fishing boats off Zürich's lake.", Axis(0)).Build(),
            Article("weather").Titled("Weather").WithChunk("Generous rain fell on the universe of farms.", Axis(1)).Build());
        Assert.Equal(1L, await ScalarAsync(path, "SELECT value FROM meta WHERE key = 'schema_version'"));
        // The porter index of version 1 conflates "general" with "generous"; the shared analyzer does not.
        Assert.Equal(1L, await ScalarAsync(path, "SELECT count(*) FROM chunks_fts WHERE chunks_fts MATCH 'general'"));

        await using var store = new SqliteChunkStore(path);

        Assert.Equal(3L, await ScalarAsync(path, "SELECT value FROM meta WHERE key = 'schema_version'"));
        Assert.Equal(0L, await ScalarAsync(path, "SELECT count(*) FROM sqlite_master WHERE name = 'chunk_search_text'"));
        Assert.Equal(new StoreCounts(2, 2), await store.CountAsync(Ct));
        Assert.Equal("seizure", Assert.Single(await store.SearchLexicalAsync(["seize", "zurich"], SearchFilter.None, 5, Ct)).ArticleId);
        Assert.Equal("seizure", Assert.Single(await store.SearchLexicalAsync(["coast"], SearchFilter.None, 5, Ct)).ArticleId);
        Assert.Empty(await store.SearchLexicalAsync(["general", "university"], SearchFilter.None, 5, Ct));
        Assert.Equal("weather", Assert.Single(await store.SearchVectorAsync(Axis(1), SearchFilter.None, 1, Ct)).ArticleId);
    }

    [Fact]
    public async Task UpsertAsync_AfterMigration_ReplacesTheArticleInTheNewIndex()
    {
        var path = await Version1FileAsync(Article("a1").Titled("Volcano erupts").WithChunk("Ash fell on the town.", Axis(0)).Build());
        await using var store = new SqliteChunkStore(path);

        await WriteAsync(store, Article("a1").Titled("Ash cloud spreads").WithChunk("Flights were grounded.", Axis(0)).Build());

        Assert.Empty(await store.SearchLexicalAsync(["volcano", "fell"], SearchFilter.None, 5, Ct));
        Assert.Single(await store.SearchLexicalAsync(["grounding", "clouds"], SearchFilter.None, 5, Ct));
    }

    /// <summary>A store file as version 1 left it: the same tables, the old porter FTS index over a view.</summary>
    private async Task<string> Version1FileAsync(params TestArticle[] articles)
    {
        var path = _folder.File();
        await using (var store = new SqliteChunkStore(path))
        {
            await WriteAsync(store, articles);
        }

        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = Version1FtsSql;
        await command.ExecuteNonQueryAsync(Ct);
        return path;
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

    private static async Task<object?> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Ct);
    }
}
