using NewsBot.Storage.Sqlite;

namespace NewsBot.Storage.Sqlite.Tests;

public sealed class PhraseFrequencyCacheTests
{
    [Fact]
    public void Sync_NewGeneration_ForgetsCountsAndChunkTotal()
    {
        var cache = new PhraseFrequencyCache();
        cache.Sync(1);
        cache.Set("ferry", 42);
        cache.Chunks = 1000;

        cache.Sync(2);

        Assert.False(cache.TryGet("ferry", out _));
        Assert.Null(cache.Chunks);
    }

    [Fact]
    public void Sync_SameGeneration_KeepsCounts()
    {
        var cache = new PhraseFrequencyCache();
        cache.Sync(5);
        cache.Set("ferry", 42);

        cache.Sync(5);

        Assert.True(cache.TryGet("ferry", out var count));
        Assert.Equal(42, count);
    }
}
