namespace NewsBot.Storage.Sqlite.Tests;

/// <summary>One store of 24,000 chunks of 384 dimensions that are bags of hashed words (as the hashing embedder makes), with its vector file written.</summary>
public sealed class BagOfWordsStoreFixture : IAsyncLifetime
{
    public const int Dims = 384;
    private readonly TempFolder _folder = new();

    internal SyntheticCorpus Corpus { get; } = new(Dims, clusters: 0, seed: 13, vocabulary: 6000);

    internal SqliteChunkStore Store { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Store = new SqliteChunkStore(_folder.File());
        await Store.EnsureEmbedderAsync(new Core.Storage.EmbedderSignature("test/bags", Dims), CancellationToken.None);
        await Corpus.WriteAsync(Store, "b", count: 500, chunks: 48, CancellationToken.None);
        await Store.FlushAsync(CancellationToken.None);
    }

    public ValueTask DisposeAsync()
    {
        Store.Dispose();
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
