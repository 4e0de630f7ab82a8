namespace NewsBot.Storage.Sqlite.Tests;

/// <summary>One store of synthetic chunks (500 articles of 48) with its vector file written, shared by the tests that only read it.</summary>
public abstract class SyntheticStoreFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private readonly string embedder;
    private readonly string prefix;

    private protected SyntheticStoreFixture(SyntheticCorpus corpus, string embedder, string prefix)
    {
        Corpus = corpus;
        this.embedder = embedder;
        this.prefix = prefix;
    }

    internal SyntheticCorpus Corpus { get; }

    internal SqliteChunkStore Store { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Store = new SqliteChunkStore(_folder.File());
        await Store.EnsureEmbedderAsync(new Core.Storage.EmbedderSignature(embedder, Corpus.Dimensions), CancellationToken.None);
        await Corpus.WriteAsync(Store, prefix, count: 500, chunks: 48, CancellationToken.None);
        await Store.FlushAsync(CancellationToken.None);
    }

    public ValueTask DisposeAsync()
    {
        Store.Dispose();
        _folder.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
