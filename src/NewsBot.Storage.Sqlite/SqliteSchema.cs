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
        """;

    // Since version 2 the FTS table indexes the terms of Core's TextAnalyzer (the same as every store's), space-separated:
    // chunk text (column 0) and the article title (column 1). The plain unicode61 tokenizer only splits them at the
    // spaces ('.' and ',' stay inside number terms): no porter stemming and no diacritics removal of its own. It keeps
    // no copy of the terms (contentless), and the store adds and deletes its rows in the article's transaction.
    private const string CreateFtsSql = """
        CREATE VIRTUAL TABLE chunks_fts USING fts5 (
            text, title,
            content = '', contentless_delete = 1,
            tokenize = 'unicode61 remove_diacritics 0 tokenchars ''.,''');
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

    /// <summary>Version 1 indexed chunk text with FTS5's own porter tokenizer, through a view of chunks and titles.</summary>
    private const string DropVersion1FtsSql = """
        DROP TABLE chunks_fts;
        DROP VIEW IF EXISTS chunk_search_text;
        """;

    /// <summary>Creates missing tables, switches to WAL, brings an older file up to this version; returns the version.</summary>
    /// <remarks>
    /// A store that is already set up is only read, so opening it never waits for the write lock an index run in
    /// another process holds. Each step from an older version runs in the transaction that records the new version.
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
        if (Scalar(connection, $"SELECT value FROM meta WHERE key = '{VersionKey}'", transaction) is not long recorded)
        {
            Execute(connection, CreateFtsSql, transaction);
            Execute(connection, $"""
                INSERT INTO meta (key, value) VALUES ('{VersionKey}', {Version});
                INSERT OR IGNORE INTO meta (key, value) VALUES ('{GenerationKey}', 0);
                """, transaction);
            Execute(connection, CreateVectorLogSql, transaction);
            transaction.Commit();
            return Version;
        }

        if (recorded >= Version)
        {
            return (int)recorded; // another process brought it up meanwhile
        }

        if (recorded < 2)
        {
            MigrateToVersion2(connection, transaction);
        }

        if (recorded < 3)
        {
            Execute(connection, CreateVectorLogSql, transaction);
        }

        Execute(connection, $"INSERT OR REPLACE INTO meta (key, value) VALUES ('{VersionKey}', {Version});", transaction);
        transaction.Commit();
        return Version;
    }

    /// <summary>Re-indexes every stored chunk's words with Core's analyzer; chunks and vectors stay as they are.</summary>
    private static void MigrateToVersion2(SqliteConnection connection, SqliteTransaction transaction)
    {
        Execute(connection, DropVersion1FtsSql, transaction);
        Execute(connection, CreateFtsSql, transaction);
        using (var read = connection.CreateCommand())
        using (var insert = FtsRows.InsertCommand(connection, transaction))
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT c.id, c.text, a.title FROM chunks c JOIN articles a ON a.key = c.article_key ORDER BY c.id";
            using var reader = read.ExecuteReader();
            var (lastTitle, titleTerms) = (string.Empty, string.Empty);
            while (reader.Read())
            {
                var title = reader.GetString(2);
                if (!string.Equals(title, lastTitle, StringComparison.Ordinal))
                {
                    (lastTitle, titleTerms) = (title, FtsRows.Terms(title));
                }

                FtsRows.Bind(insert, reader.GetInt64(0), FtsRows.Terms(reader.GetString(1)), titleTerms);
                insert.ExecuteNonQuery();
            }
        }

        Execute(connection, $"UPDATE meta SET value = 2 WHERE key = '{VersionKey}'", transaction);
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
