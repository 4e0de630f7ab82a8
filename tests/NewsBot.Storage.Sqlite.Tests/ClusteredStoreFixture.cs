namespace NewsBot.Storage.Sqlite.Tests;

/// <summary>One store of 24,000 clustered 128-dimensional chunks with its vector file written, shared by the tests that only read it.</summary>
public sealed class ClusteredStoreFixture : IAsyncLifetime
{
    public const int Dims = 128;
    private readonly TempFolder _folder = new();

    internal SyntheticCorpus Corpus { get; } = new(Dims, clusters: 40, seed: 11);

    internal SqliteChunkStore Store { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Store = new SqliteChunkStore(_folder.File());
        await Store.EnsureEmbedderAsync(new Core.Storage.EmbedderSignature("test/clusters", Dims), CancellationToken.None);
        await Corpus.WriteAsync(Store, "a", count: 500, chunks: 48, CancellationToken.None);
        await Store.FlushAsync(CancellationToken.None);
    }

    public ValueTask DisposeAsync()
    {
        Store.Dispose();
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
