namespace NewsBot.Storage.Sqlite.Tests;

/// <summary>One store of 24,000 clustered 128-dimensional chunks with its vector file written, shared by the tests that only read it.</summary>
public sealed class ClusteredStoreFixture() : SyntheticStoreFixture(new SyntheticCorpus(Dims, clusters: 40, seed: 11), "test/clusters", "a")
{
    public const int Dims = 128;
}
