using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage;
using NewsBot.Testing.Storage;

namespace NewsBot.Storage.Sqlite.Tests;

/// <summary>
/// The vector file is derived from the rows: a missing, damaged, foreign or outdated file never changes an answer.
/// A new store instance on the same file stands for another process (or the next run after a crash).
/// </summary>
public sealed class VectorFileRecoveryTests : IDisposable
{
    private const int Dims = 32;
    private static readonly EmbedderSignature Embedder = new("test/clusters", Dims);
    private readonly TempFolder _folder = new();
    private readonly SyntheticCorpus _corpus = new(Dims, clusters: 8, seed: 5);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task SearchVectorAsync_VectorFileMissing_WritesItAgainAndAnswersExactly()
    {
        var path = await FilledStoreAsync();
        File.Delete(path + ".vectors");

        await using var store = new SqliteChunkStore(path);

        await AssertAnswersExactAsync(store);
        Assert.True(File.Exists(store.VectorFilePath));
    }

    [Theory]
    [InlineData("flipped vector byte")]
    [InlineData("flipped row id byte")]
    [InlineData("flipped outlet byte")]
    [InlineData("truncated")]
    [InlineData("zeroed header")]
    [InlineData("not a vector file")]
    public async Task SearchVectorAsync_VectorFileDamaged_WritesItAgainAndAnswersExactly(string damage)
    {
        var path = await FilledStoreAsync();
        var file = path + ".vectors";
        var bytes = File.ReadAllBytes(file);
        switch (damage)
        {
            case "flipped vector byte":
                bytes[bytes.Length / 2] ^= 0x5A;
                File.WriteAllBytes(file, bytes);
                break;
            case "flipped row id byte":
                bytes[128 + 2] ^= 0x5A;
                File.WriteAllBytes(file, bytes);
                break;
            case "flipped outlet byte":
                bytes[bytes.Length - 2] ^= 0x5A;
                File.WriteAllBytes(file, bytes);
                break;
            case "truncated":
                File.WriteAllBytes(file, bytes[..(bytes.Length * 2 / 3)]);
                break;
            case "zeroed header":
                Array.Clear(bytes, 0, 64);
                File.WriteAllBytes(file, bytes);
                break;
            default:
                File.WriteAllText(file, "hello");
                break;
        }

        await using var store = new SqliteChunkStore(path);

        await AssertAnswersExactAsync(store);
        Assert.Equal(bytes.Length, new FileInfo(file).Length);
    }

    [Fact]
    public async Task SearchVectorAsync_VectorFileOfAnotherStore_IsNotUsed()
    {
        var path = await FilledStoreAsync();
        var other = _folder.File("other.db");
        await using (var otherStore = new SqliteChunkStore(other))
        {
            await otherStore.EnsureEmbedderAsync(Embedder, Ct);
            await new SyntheticCorpus(Dims, clusters: 3, seed: 99).WriteAsync(otherStore, "x", count: 50, chunks: 3, Ct);
            await otherStore.FlushAsync(Ct);
        }

        File.Copy(other + ".vectors", path + ".vectors", overwrite: true);
        await using var store = new SqliteChunkStore(path);

        await AssertAnswersExactAsync(store);
    }

    [Fact]
    public async Task SearchVectorAsync_WritesCommittedButVectorFileNotUpdated_AnswersFromTheRows()
    {
        var path = await FilledStoreAsync();
        var fileBefore = File.ReadAllBytes(path + ".vectors");

        // Another run writes, replaces and removes articles and is killed before it brings the file up to date.
        await using (var crashed = new SqliteChunkStore(path))
        {
            await _corpus.WriteAsync(crashed, "new", count: 40, chunks: 3, Ct);
            for (var i = 0; i < 30; i++)
            {
                var replacement = _corpus.NextArticle($"a{i}", chunks: 2, version: "v2");
                await crashed.UpsertAsync(replacement.Article, replacement.ContentHash, replacement.Chunks, Ct);
                _corpus.Stored(replacement);
            }

            for (var i = 30; i < 60; i++)
            {
                await crashed.RemoveAsync($"a{i}", Ct);
                _corpus.Removed($"a{i}");
            }
        }

        Assert.Equal(fileBefore, File.ReadAllBytes(path + ".vectors"));
        await using var store = new SqliteChunkStore(path);

        await AssertAnswersExactAsync(store);
        var replaced = await store.SearchVectorAsync(_corpus.Chunks["a3#0"].Vector, SearchFilter.None, 400, Ct);
        Assert.Equal(["v2 passage 0 of a3.", "v2 passage 1 of a3."], replaced.Where(h => h.ArticleId == "a3").Select(h => h.Text).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(replaced, h => h.ArticleId == "a40");
    }

    [Fact]
    public async Task SearchVectorAsync_OlderVectorFilePutBack_AnswersFromTheRows()
    {
        var path = await FilledStoreAsync();
        var older = File.ReadAllBytes(path + ".vectors");
        await using (var later = new SqliteChunkStore(path))
        {
            await _corpus.WriteAsync(later, "later", count: 30, chunks: 2, Ct);
            await later.RemoveAsync("a7", Ct);
            _corpus.Removed("a7");
            await later.FlushAsync(Ct);
        }

        // As if the rename of the newer file had never happened.
        File.WriteAllBytes(path + ".vectors", older);
        await using var store = new SqliteChunkStore(path);

        await AssertAnswersExactAsync(store);
    }

    [Fact]
    public async Task FlushAsync_AfterWrites_LeavesAFileAnotherStoreUsesAsItIs()
    {
        var path = await FilledStoreAsync();
        var written = File.GetLastWriteTimeUtc(path + ".vectors");
        var bytes = File.ReadAllBytes(path + ".vectors");

        await using var store = new SqliteChunkStore(path);

        await AssertAnswersExactAsync(store);
        Assert.Equal(written, File.GetLastWriteTimeUtc(path + ".vectors"));
        Assert.Equal(bytes, File.ReadAllBytes(path + ".vectors"));
    }

    [Fact]
    public async Task FlushAsync_AfterReplacingRemovingAndAdding_MergesIntoAFileThatAnswersExactly()
    {
        var path = await FilledStoreAsync();
        await using (var run = new SqliteChunkStore(path))
        {
            for (var i = 0; i < 30; i++)
            {
                var replacement = _corpus.NextArticle($"a{i * 3}", chunks: 1 + (i % 5), version: "v2");
                await run.UpsertAsync(replacement.Article, replacement.ContentHash, replacement.Chunks, Ct);
                _corpus.Stored(replacement);
                await run.RemoveAsync($"a{(i * 3) + 1}", Ct);
                _corpus.Removed($"a{(i * 3) + 1}");
            }

            var elsewhere = TestArticleBuilder.Article("elsewhere").FromOutlet("Epsilon Wire").WithChunk("v1 only one.", _corpus.Query()).Build();
            await run.UpsertAsync(elsewhere.Article, elsewhere.ContentHash, elsewhere.Chunks, Ct);
            _corpus.Stored(elsewhere);
            await _corpus.WriteAsync(run, "new", count: 20, chunks: 3, Ct);
            await run.FlushAsync(Ct);
        }

        var merged = File.ReadAllBytes(path + ".vectors");
        await using var store = new SqliteChunkStore(path);

        await AssertAnswersExactAsync(store);
        var onlyEpsilon = await store.SearchVectorAsync(_corpus.Query(), new SearchFilter { Outlets = ["epsilon wire"] }, 10, Ct);
        Assert.Equal(["elsewhere#0"], onlyEpsilon.Select(h => h.ChunkId));
        Assert.Equal(merged, File.ReadAllBytes(path + ".vectors"));
    }

    [Fact]
    public async Task Constructor_Version1Store_MigratesToVersion3AndAnswersExactly()
    {
        var path = await FilledStoreAsync();
        File.Delete(path + ".vectors");
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = """
                DROP TABLE vector_log;
                DELETE FROM meta WHERE key IN ('vector_log_floor', 'store_id');
                UPDATE meta SET value = 1 WHERE key = 'schema_version';
                """;
            await command.ExecuteNonQueryAsync(Ct);
        }

        await using var store = new SqliteChunkStore(path);
        await _corpus.WriteAsync(store, "after", count: 5, chunks: 2, Ct);

        await AssertAnswersExactAsync(store);
        await using var check = new SqliteConnection($"Data Source={path};Pooling=False");
        await check.OpenAsync(Ct);
        await using var version = check.CreateCommand();
        version.CommandText = "SELECT value FROM meta WHERE key = 'schema_version'";
        Assert.Equal(3L, await version.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public async Task FlushAsync_TemporaryFilesOfAKilledWriter_RemovesThemAndLeavesALiveWritersFile()
    {
        var path = await FilledStoreAsync();
        // Linux never gives a process an id above 4194304, so the writer of the first two is surely gone.
        var killed = $"{path}.vectors.4194305-{Guid.NewGuid():N}.tmp";
        var killedEarlier = $"{path}.vectors.4194306-{Guid.NewGuid():N}.tmp";
        var running = $"{path}.vectors.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
        var lockedElsewhere = $"{path}.vectors.4194307-{Guid.NewGuid():N}.tmp";
        foreach (var file in new[] { killed, killedEarlier, running, lockedElsewhere })
        {
            await File.WriteAllBytesAsync(file, new byte[4096], Ct);
        }

        // A writer whose process id means nothing here (another container) still holds its file open exclusively.
        await using (new FileStream(lockedElsewhere, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            await using var store = new SqliteChunkStore(path);
            await _corpus.WriteAsync(store, "later", count: 20, chunks: 2, Ct);
            await store.FlushAsync(Ct);

            await AssertAnswersExactAsync(store);
        }

        Assert.False(File.Exists(killed));
        Assert.False(File.Exists(killedEarlier));
        Assert.True(File.Exists(running));
        Assert.True(File.Exists(lockedElsewhere));
    }

    /// <summary>A store of 300 articles with its vector file written, closed again; returns its path.</summary>
    private async Task<string> FilledStoreAsync()
    {
        var path = _folder.File();
        await using var store = new SqliteChunkStore(path);
        await store.EnsureEmbedderAsync(Embedder, Ct);
        await _corpus.WriteAsync(store, "a", count: 300, chunks: 4, Ct);
        await store.FlushAsync(Ct);
        Assert.True(File.Exists(path + ".vectors"));
        return path;
    }

    private async Task AssertAnswersExactAsync(SqliteChunkStore store)
    {
        for (var q = 0; q < 10; q++)
        {
            var query = _corpus.Query();
            var filter = q % 2 == 0 ? SearchFilter.None : new SearchFilter { Outlets = [SyntheticCorpus.Outlets[q % 4]] };

            var found = await store.SearchVectorAsync(query, filter, 30, Ct);

            Assert.Equal(_corpus.Exact(query, filter, 30), found.Select(h => h.ChunkId));
        }
    }
}
