namespace NewsBot.Storage.Sqlite.Tests;

/// <summary>One store of 24,000 chunks of 384 dimensions that are bags of hashed words (as the hashing embedder makes), with its vector file written.</summary>
public sealed class BagOfWordsStoreFixture() : SyntheticStoreFixture(new SyntheticCorpus(Dims, clusters: 0, seed: 13, vocabulary: 6000), "test/bags", "b")
{
    public const int Dims = 384;
}
