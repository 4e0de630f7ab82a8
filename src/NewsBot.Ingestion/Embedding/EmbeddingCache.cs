using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace NewsBot.Ingestion.Embedding;

/// <summary>
/// Vectors already computed, keyed by model and the SHA-256 of the text, in one SQLite file that every store and
/// every run shares: re-indexing, <c>--rebuild</c> and repeated evaluations never embed the same text twice.
/// </summary>
internal sealed class EmbeddingCache : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SemaphoreSlim gate = new(1, 1);

    private EmbeddingCache(SqliteConnection connection) => this.connection = connection;

    public string Path { get; private init; } = "";

    /// <summary>Opens (creating when needed) the cache file; a file that is not a usable cache is an <see cref="IOException"/> naming it.</summary>
    public static EmbeddingCache Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                PRAGMA journal_mode = WAL;
                PRAGMA busy_timeout = 10000;
                PRAGMA synchronous = NORMAL;
                CREATE TABLE IF NOT EXISTS vectors (
                    model TEXT NOT NULL,
                    hash BLOB NOT NULL,
                    vector BLOB NOT NULL,
                    PRIMARY KEY (model, hash)) WITHOUT ROWID;
                """;
            command.ExecuteNonQuery();
            return new EmbeddingCache(connection) { Path = full };
        }
        catch (Exception ex) when (ex is SqliteException or UnauthorizedAccessException or IOException)
        {
            connection.Dispose();
            throw new IOException($"the embedding cache {full} cannot be used ({ex.Message}); check NewsBot:Embedding:CachePath.", ex);
        }
    }

    /// <summary>The key of a text: its SHA-256.</summary>
    public static byte[] Key(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    /// <summary>The cached vectors among <paramref name="keys"/>, by index; missing ones are null.</summary>
    public async Task<float[]?[]> GetAsync(string model, IReadOnlyList<byte[]> keys, CancellationToken cancellationToken)
    {
        var found = new float[]?[keys.Count];
        await gate.WaitAsync(cancellationToken);
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT vector FROM vectors WHERE model = $model AND hash = $hash";
            command.Parameters.AddWithValue("$model", model);
            var hash = command.Parameters.Add("$hash", SqliteType.Blob);
            for (var i = 0; i < keys.Count; i++)
            {
                hash.Value = keys[i];
                if (await command.ExecuteScalarAsync(cancellationToken) is byte[] blob)
                {
                    found[i] = MemoryMarshal.Cast<byte, float>(blob).ToArray();
                }
            }
        }
        finally
        {
            gate.Release();
        }

        return found;
    }

    /// <summary>Remembers vectors in one transaction.</summary>
    public async Task PutAsync(string model, IReadOnlyList<(byte[] Key, ReadOnlyMemory<float> Vector)> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT OR REPLACE INTO vectors (model, hash, vector) VALUES ($model, $hash, $vector)";
            command.Parameters.AddWithValue("$model", model);
            var hash = command.Parameters.Add("$hash", SqliteType.Blob);
            var vector = command.Parameters.Add("$vector", SqliteType.Blob);
            foreach (var (key, value) in entries)
            {
                hash.Value = key;
                vector.Value = MemoryMarshal.AsBytes(value.Span).ToArray();
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>How many vectors the cache holds for <paramref name="model"/>.</summary>
    public long Count(string model)
    {
        gate.Wait();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM vectors WHERE model = $model";
            command.Parameters.AddWithValue("$model", model);
            return (long)command.ExecuteScalar()!;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        connection.Dispose();
        gate.Dispose();
    }
}
