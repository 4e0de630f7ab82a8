using Microsoft.Data.Sqlite;

namespace NewsBot.Storage.Sqlite;

/// <summary>The store's tables, created on first open and checked on every open.</summary>
internal static class SqliteSchema
{
    public const int Version = 3;

    public const string EmbedderNameKey = "embedder_name";
    public const string EmbedderDimensionsKey = "embedder_dimensions";
    public const string GenerationKey = "generation";

    /// <summary>The generation up to which <c>vector_log</c> has been pruned: a vector file older than it cannot be brought up to date from the log.</summary>
    public const string VectorLogFloorKey = "vector_log_floor";

    /// <summary>A random number naming this store, stamped into its vector file so a file left by another store is never used.</summary>
    public const string StoreIdKey = "store_id";
    private const string VersionKey = "schema_version";

    // The FTS table indexes chunk text (column 0) and the article title (column 1) without keeping its own copy:
    // its content is the view below, and the store adds and deletes index entries itself in the article's transaction.
    private const string CreateSql = """
        CREATE TABLE IF NOT EXISTS meta (
            key   TEXT PRIMARY KEY,
            value ANY NOT NULL
        ) STRICT;

        -- Columns searches filter on come first and the body last, so filtering never reads a body's overflow pages.
        CREATE TABLE IF NOT EXISTS articles (
            key                      INTEGER PRIMARY KEY,
            id                       TEXT NOT NULL UNIQUE,
            outlet_key               TEXT,
            published_utc_ticks      INTEGER,
            published_offset_minutes INTEGER,
            content_hash             TEXT NOT NULL,
            source_key               TEXT NOT NULL,
            title                    TEXT NOT NULL,
            outlet                   TEXT,
            url                      TEXT,
            origin                   TEXT NOT NULL,
            byline                   TEXT,
            body                     TEXT NOT NULL
        ) STRICT;

        CREATE INDEX IF NOT EXISTS articles_by_source ON articles (source_key);

        -- id = article key * 65536 + position (see ChunkRowId).
        CREATE TABLE IF NOT EXISTS chunks (
            id          INTEGER PRIMARY KEY,
            article_key INTEGER NOT NULL REFERENCES articles (key),
            position    INTEGER NOT NULL,
            token_count INTEGER NOT NULL,
            chunk_id    TEXT NOT NULL UNIQUE,
            text        TEXT NOT NULL
        ) STRICT;

        CREATE INDEX IF NOT EXISTS chunks_by_article ON chunks (article_key);

        -- Vectors apart from text: only loading the vector cache reads them.
        CREATE TABLE IF NOT EXISTS chunk_vectors (
            id     INTEGER PRIMARY KEY REFERENCES chunks (id),
            vector BLOB NOT NULL
        ) STRICT;

        CREATE VIEW IF NOT EXISTS chunk_search_text AS
            SELECT c.id AS id, c.text AS text, a.title AS title
            FROM chunks c JOIN articles a ON a.key = c.article_key;
        """;

    private const string CreateFtsSql = """
        CREATE VIRTUAL TABLE chunks_fts USING fts5 (
            text, title,
            content = 'chunk_search_text', content_rowid = 'id',
            tokenize = 'porter unicode61 remove_diacritics 2');
        """;

    // Version 3: the vector file beside the store is derived from chunk_vectors; each write of an article logs its key
    // with the generation it made, so a reader holding a file of generation G knows which articles changed since G.
    private const string CreateVectorLogSql = $"""
        CREATE TABLE IF NOT EXISTS vector_log (
            generation  INTEGER PRIMARY KEY,
            article_key INTEGER NOT NULL
        ) STRICT;

        INSERT OR IGNORE INTO meta (key, value)
            SELECT '{VectorLogFloorKey}', value FROM meta WHERE key = '{GenerationKey}';
        INSERT OR IGNORE INTO meta (key, value) VALUES ('{StoreIdKey}', random());
        """;

    /// <summary>Creates missing tables, switches to WAL and checks the schema version; returns the version.</summary>
    /// <remarks>
    /// A store that is already set up is only read, so opening it never waits for the write lock an index run in
    /// another process holds.
    /// </remarks>
    public static int Initialize(SqliteConnection connection)
    {
        if (ExistingVersion(connection) is { } current && current >= Version)
        {
            return current;
        }

        Execute(connection, "PRAGMA journal_mode = WAL;");
        using var transaction = connection.BeginTransaction(deferred: false);
        Execute(connection, CreateSql, transaction);

        var hasFts = Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'chunks_fts'", transaction) is long n && n > 0;
        if (!hasFts)
        {
            Execute(connection, CreateFtsSql, transaction);
        }

        // A new file (no version yet) and an older one are brought up step by step; another process may have done it
        // meanwhile, so the version is read again inside the write transaction.
        var stored = Scalar(connection, $"SELECT value FROM meta WHERE key = '{VersionKey}'", transaction);
        var existing = stored is null ? 0 : Convert.ToInt32(stored, System.Globalization.CultureInfo.InvariantCulture);
        if (existing >= Version)
        {
            return existing;
        }

        Execute(connection, $"INSERT OR IGNORE INTO meta (key, value) VALUES ('{GenerationKey}', 0);", transaction);
        if (existing < 3)
        {
            Execute(connection, CreateVectorLogSql, transaction);
        }

        Execute(connection, $"INSERT OR REPLACE INTO meta (key, value) VALUES ('{VersionKey}', {Version});", transaction);
        transaction.Commit();
        return Version;
    }

    /// <summary>The recorded schema version when the tables are all there (they are created in one transaction), else null.</summary>
    private static int? ExistingVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name IN ('meta', 'chunks_fts')";
        if (command.ExecuteScalar() is not long tables || tables < 2)
        {
            return null;
        }

        command.CommandText = $"SELECT value FROM meta WHERE key = '{VersionKey}'";
        return command.ExecuteScalar() is long version ? (int)version : null;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
