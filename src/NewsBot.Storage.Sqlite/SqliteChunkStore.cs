using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage;

namespace NewsBot.Storage.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file (WAL) holding articles, chunks with float32 vectors and an FTS5 index.
/// Vector search scans a memory-mapped file of quantized vectors beside it (<c>&lt;store&gt;.vectors</c>, derived from
/// the rows and rewritten when it falls behind), reads the articles written since from the rows, and rescores the best
/// candidates exactly. Safe for concurrent use; writes are serialised and each article is written in one transaction.
/// </summary>
public sealed class SqliteChunkStore : IChunkStore, IFlushableStore, IKeywordLookup, IDisposable, IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly ILogger _logger;
    private const int MaxSearchAttempts = 4;

    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly PhraseFrequencyCache _phraseCounts = new();
    private readonly VectorSearch _vectors;
    private int _disposed;

    /// <summary>Opens the store at <paramref name="path"/>, creating the file and its folder when missing.</summary>
    /// <exception cref="StoreUnavailableException">The file or its folder cannot be created, is not a SQLite database, is corrupt, or has a newer schema.</exception>
    public SqliteChunkStore(string path, ILogger<SqliteChunkStore>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = 30,
        }.ToString();
        _vectors = new VectorSearch(Path, _writeGate, _logger);

        int version;
        try
        {
            var folder = System.IO.Path.GetDirectoryName(Path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            using var connection = new SqliteConnection(_connectionString);
            connection.Open();
            version = SqliteSchema.Initialize(connection);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            ReleaseFile();
            throw new StoreUnavailableException(
                $"The store file '{Path}' cannot be opened as a NewsBot SQLite store ({ex.Message.TrimEnd('.')}); " +
                "move it away or point NewsBot:Storage:Sqlite:Path at another file.", ex);
        }

        if (version > SqliteSchema.Version)
        {
            ReleaseFile();
            throw new StoreUnavailableException(
                $"The store file '{Path}' has schema version {version}, newer than this NewsBot understands ({SqliteSchema.Version}); upgrade NewsBot or re-index into a new file.");
        }

        Log.StoreOpened(_logger, Path, version);
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }

    /// <summary>The vector file kept beside the store.</summary>
    public string VectorFilePath => _vectors.FilePath;

    /// <summary>Opens (or writes) the vector file now, so the first vector search is not slowed by it.</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var snapshot = connection.BeginTransaction(deferred: true);
        await _vectors.OpenAsync(connection, snapshot, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>Rewrites the vector file when it does not reflect the last committed write.</remarks>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await _vectors.WriteFileAsync(connection, onlyWhenBehind: true, cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <inheritdoc />
    public async Task EnsureEmbedderAsync(EmbedderSignature embedder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentException.ThrowIfNullOrWhiteSpace(embedder.Name, nameof(embedder));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(embedder.Dimensions, nameof(embedder));

        await WriteAsync(async (connection, transaction) =>
        {
            var stored = await Sql.ReadEmbedderAsync(connection, transaction, cancellationToken);
            if (stored is not null)
            {
                if (stored != embedder)
                {
                    Log.EmbedderMismatch(_logger, Path, stored.ToString(), embedder.ToString());
                    throw new EmbedderMismatchException(stored, embedder);
                }

                return false;
            }

            await Sql.WriteEmbedderAsync(connection, transaction, embedder, cancellationToken);
            await Sql.BumpGenerationAsync(connection, transaction, cancellationToken);
            transaction.Commit();
            _vectors.Forget();
            Log.EmbedderRecorded(_logger, embedder.ToString(), Path);
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<EmbedderSignature?> GetEmbedderAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await Sql.ReadEmbedderAsync(connection, null, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(string? sourceKey, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Sql.Command(connection, sourceKey is null
            ? "SELECT id, content_hash FROM articles"
            : "SELECT id, content_hash FROM articles WHERE source_key = $source");
        command.Parameters.AddWithValue("$source", (object?)sourceKey ?? DBNull.Value);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hashes[reader.GetString(0)] = reader.GetString(1);
        }

        return hashes;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">A chunk belongs to another article or its vector does not have the store's dimension.</exception>
    /// <exception cref="InvalidOperationException">Chunks are given but no embedder is recorded yet (call <see cref="EnsureEmbedderAsync"/> first).</exception>
    public async Task<IndexChange> UpsertAsync(Article article, string contentHash, IReadOnlyList<EmbeddedChunk> chunks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentException.ThrowIfNullOrEmpty(article.Id, nameof(article));
        ArgumentException.ThrowIfNullOrEmpty(contentHash);
        ArgumentNullException.ThrowIfNull(chunks);
        foreach (var embedded in chunks)
        {
            if (embedded?.Chunk is null || embedded.Chunk.ArticleId != article.Id)
            {
                throw new ArgumentException($"Every chunk given for article '{article.Id}' must belong to it.", nameof(chunks));
            }

            if (embedded.Chunk.Position is < 0 or > ChunkRowId.MaxPosition)
            {
                throw new ArgumentException($"Article '{article.Id}': chunk positions must be between 0 and {ChunkRowId.MaxPosition}, not {embedded.Chunk.Position}.", nameof(chunks));
            }
        }

        return await WriteAsync(async (connection, transaction) =>
        {
            await ValidateDimensionsAsync(connection, transaction, article, chunks, cancellationToken);
            var existing = await Sql.ScalarAsync(connection, transaction, "SELECT content_hash FROM articles WHERE id = $id", cancellationToken, ("$id", article.Id)) as string;
            if (existing == contentHash)
            {
                Log.ArticleWritten(_logger, article.Id, nameof(IndexChange.Unchanged), chunks.Count);
                return IndexChange.Unchanged;
            }

            try
            {
                var (key, rows) = await ArticleWriter.WriteAsync(connection, transaction, article, contentHash, chunks, cancellationToken);
                var generation = await Sql.BumpGenerationAsync(connection, transaction, cancellationToken);
                await VectorLog.RecordAsync(connection, transaction, generation, key, cancellationToken);
                cancellationToken.ThrowIfCancellationRequested();
                transaction.Commit();
                await AfterCommitAsync(connection, key, rows, generation);
            }
            catch (SqliteException ex)
            {
                Log.ArticleWriteFailed(_logger, ex, article.Id);
                throw;
            }

            var change = existing is null ? IndexChange.Added : IndexChange.Updated;
            Log.ArticleWritten(_logger, article.Id, change.ToString(), chunks.Count);
            return change;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> RemoveAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        return WriteAsync(async (connection, transaction) =>
        {
            if (await Sql.ArticleKeyAsync(connection, transaction, articleId, cancellationToken) is not { } key)
            {
                return false;
            }

            await Sql.DeleteChunksAsync(connection, transaction, key, cancellationToken);
            await Sql.ExecuteAsync(connection, transaction, "DELETE FROM articles WHERE key = $key", cancellationToken, ("$key", key));
            var generation = await Sql.BumpGenerationAsync(connection, transaction, cancellationToken);
            await VectorLog.RecordAsync(connection, transaction, generation, key, cancellationToken);
            transaction.Commit();
            await AfterCommitAsync(connection, key, [], generation);
            Log.ArticleRemoved(_logger, articleId);
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task ClearAsync(CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
        {
            await Sql.ExecuteAsync(connection, transaction, """
                INSERT INTO chunks_fts (chunks_fts) VALUES ('delete-all');
                DELETE FROM chunk_vectors;
                DELETE FROM chunks;
                DELETE FROM articles;
                DELETE FROM meta WHERE key IN ($name, $dims);
                """, cancellationToken, ("$name", SqliteSchema.EmbedderNameKey), ("$dims", SqliteSchema.EmbedderDimensionsKey));
            var generation = await Sql.BumpGenerationAsync(connection, transaction, cancellationToken);

            // No vector file before this generation can serve: readers write a new one.
            await VectorLog.PruneAsync(connection, transaction, generation, cancellationToken);
            transaction.Commit();
            _vectors.Forget();
            Log.StoreCleared(_logger, Path);
            return true;
        }, cancellationToken);

    /// <inheritdoc />
    public async Task<StoredArticle?> GetArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        var found = await ReadArticlesAsync("WHERE a.id = $id", articleId, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredArticle>> ListArticlesAsync(CancellationToken cancellationToken) =>
        ReadArticlesAsync("ORDER BY a.id", null, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<ArticleHeading>> ListHeadingsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ArticleListing.HeadingsAsync(connection, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredArticle>> ListRecentAsync(SearchFilter filter, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = ArticleListing.Recent(connection, filter, limit);
        var articles = new List<StoredArticle>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            articles.Add(RowReader.ReadArticle(reader));
        }

        return articles;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredArticle>> FindArticlesAsync(string reference, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await OpenAsync(cancellationToken);
        return await ArticleFinder.FindAsync(connection, reference, limit, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ChunkHit>> GetChunksAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Sql.Command(connection, $"""
            SELECT {RowReader.HitColumns}
            FROM {RowReader.HitJoin}
            WHERE a.id = $id ORDER BY c.id
            """);
        command.Parameters.AddWithValue("$id", articleId);
        return await ReadHitsAsync(command, scoreOrdinal: null, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Sql.Command(connection, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM chunks)");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new StoreCounts(reader.GetInt32(0), reader.GetInt32(1));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ChunkHit>> SearchLexicalAsync(IReadOnlyList<string> terms, SearchFilter filter, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var phrases = FtsQuery.Phrases(terms);
        if (phrases.Count == 0 || limit == 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken);
        phrases = await SearchQueries.WithoutCommonPhrasesAsync(connection, phrases, _phraseCounts, cancellationToken);
        await using var command = SearchQueries.Lexical(connection, FtsQuery.AnyOf(phrases), filter, limit);
        return await ReadHitsAsync(command, scoreOrdinal: 10, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> UnmatchedAsync(IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(words);
        var unmatched = new List<string>();
        await using var connection = await OpenAsync(cancellationToken);
        await using var any = Sql.Command(connection, "SELECT EXISTS (SELECT 1 FROM chunks_fts WHERE chunks_fts MATCH $match)");
        var match = any.Parameters.Add("$match", SqliteType.Text);
        foreach (var word in words)
        {
            // Unranked, the match stops at the first chunk found, however many hold the word.
            var phrases = FtsQuery.Phrases([word]);
            match.Value = FtsQuery.AnyOf(phrases);
            if (phrases.Count == 0 || Convert.ToInt64(await any.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                unmatched.Add(word);
            }
        }

        return unmatched;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The vector's length differs from the store's dimension.</exception>
    public async Task<IReadOnlyList<ChunkHit>> SearchVectorAsync(ReadOnlyMemory<float> vector, SearchFilter filter, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (limit == 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            // One snapshot for the candidates, their exact scores and their text; a snapshot older than the vectors this
            // process already holds (another thread committed meanwhile) is begun again.
            await using var snapshot = connection.BeginTransaction(deferred: true);
            var scored = await _vectors.SearchAsync(connection, snapshot, vector, filter, limit, lastTry: attempt >= MaxSearchAttempts, cancellationToken);
            if (scored is not null)
            {
                return await SearchQueries.FetchAsync(connection, snapshot, scored, cancellationToken);
            }
        }
    }

    /// <summary>Closes the store's pooled connections so the file can be moved or deleted.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _vectors.Dispose();
            ReleaseFile();
        }
    }

    /// <inheritdoc cref="Dispose" />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> as the only writer, in an immediate transaction it commits itself (else rolled back).</summary>
    private async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await Sql.ExecuteAsync(connection, null, "PRAGMA synchronous = NORMAL", cancellationToken);
            await using var transaction = connection.BeginTransaction(deferred: false);
            return await work(connection, transaction);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task ValidateDimensionsAsync(SqliteConnection connection, SqliteTransaction transaction, Article article, IReadOnlyList<EmbeddedChunk> chunks, CancellationToken cancellationToken)
    {
        if (chunks.Count == 0)
        {
            return;
        }

        var embedder = await Sql.ReadEmbedderAsync(connection, transaction, cancellationToken)
            ?? throw new InvalidOperationException($"No embedder is recorded in '{Path}'; call EnsureEmbedderAsync before writing article '{article.Id}'.");
        foreach (var embedded in chunks)
        {
            if (embedded.Vector.Length != embedder.Dimensions)
            {
                throw new ArgumentException(
                    $"Article '{article.Id}': chunk '{embedded.Chunk.Id}' has a vector of {embedded.Vector.Length} dimensions, " +
                    $"but the store holds vectors of {embedder}; nothing was written.", nameof(chunks));
            }
        }
    }

    /// <summary>
    /// Takes a committed article write into the vector search and rewrites the vector file when this process has written
    /// many rows since it. The rewrite is not stopped midway: it takes a few seconds at most.
    /// </summary>
    private async Task AfterCommitAsync(SqliteConnection connection, long articleKey, IReadOnlyList<VectorRow> rows, long generation)
    {
        _vectors.Written(articleKey, rows, generation);
        if (_vectors.FileIsBehind)
        {
            await _vectors.WriteFileAsync(connection, onlyWhenBehind: false, CancellationToken.None);
        }
    }

    private async Task<IReadOnlyList<StoredArticle>> ReadArticlesAsync(string clause, string? id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Sql.Command(connection, $"SELECT {RowReader.ArticleColumns} FROM articles a {clause}");
        command.Parameters.AddWithValue("$id", (object?)id ?? DBNull.Value);
        var articles = new List<StoredArticle>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            articles.Add(RowReader.ReadArticle(reader));
        }

        return articles;
    }

    private static async Task<IReadOnlyList<ChunkHit>> ReadHitsAsync(SqliteCommand command, int? scoreOrdinal, CancellationToken cancellationToken)
    {
        var hits = new List<ChunkHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            // bm25 ranks are negative with the best lowest; negate them so higher is better.
            var score = scoreOrdinal is { } ordinal ? -reader.GetDouble(ordinal) : 0d;
            hits.Add(RowReader.ReadHit(reader, score).Hit);
        }

        return hits;
    }

    private void ReleaseFile()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
