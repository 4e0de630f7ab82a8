using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Storage.Qdrant;
using NewsBot.Storage.Sqlite;

namespace NewsBot.Tests.Storage;

public sealed class StoreSelectionTests
{
    [Fact]
    public void AddNewsBotStorage_ProviderQdrant_ResolvesTheQdrantStoreWithItsSettings()
    {
        using var provider = Build(new()
        {
            ["NewsBot:Storage:Provider"] = "qdrant",
            ["NewsBot:Storage:Qdrant:Url"] = "http://127.0.0.1:6334",
            ["NewsBot:Storage:Qdrant:Collection"] = "news",
            ["NewsBot:Storage:Qdrant:ShardNumber"] = "3",
            ["NewsBot:Storage:Qdrant:ReplicationFactor"] = "2",
            ["NewsBot:Storage:Qdrant:WriteConsistencyFactor"] = "2",
        });

        Assert.IsType<QdrantChunkStore>(provider.GetRequiredService<IChunkStore>());
        var options = provider.GetRequiredService<IOptions<QdrantStoreOptions>>().Value;
        Assert.Equal((3, 2, 2), (options.ShardNumber, options.ReplicationFactor, options.WriteConsistencyFactor));
        Assert.Contains("127.0.0.1:6334", provider.GetRequiredService<IIndexRunLock>().Store, StringComparison.Ordinal);
    }

    [Fact]
    public void AddNewsBotStorage_NoProvider_ResolvesTheSqliteStore()
    {
        var path = Path.Combine(Path.GetTempPath(), $"newsbot-select-{Guid.NewGuid():N}.db");
        using (var provider = Build(new() { ["NewsBot:Storage:Sqlite:Path"] = path }))
        {
            Assert.IsType<SqliteChunkStore>(provider.GetRequiredService<IChunkStore>());
        }

        File.Delete(path);
    }

    [Theory]
    [InlineData("NewsBot:Storage:Qdrant:Url", "localhost:6334", "NewsBot:Storage:Qdrant:Url must be an http:// or https:// address")]
    [InlineData("NewsBot:Storage:Qdrant:WriteConsistencyFactor", "3", "NewsBot:Storage:Qdrant:WriteConsistencyFactor (3) cannot exceed ReplicationFactor (1)")]
    [InlineData("NewsBot:Storage:Qdrant:ShardNumber", "0", "NewsBot:Storage:Qdrant:ShardNumber must be between 1 and 1000")]
    [InlineData("NewsBot:Storage:Qdrant:Collection", "news/eval", "NewsBot:Storage:Qdrant:Collection may hold only")]
    public void AddNewsBotStorage_BadQdrantSetting_FailsWithASentenceNamingTheKey(string key, string value, string expected)
    {
        using var provider = Build(new() { ["NewsBot:Storage:Provider"] = "Qdrant", [key] = value });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<QdrantStoreOptions>>().Value);

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddNewsBotStorage_UnknownProvider_NamesBothChoices()
    {
        using var provider = Build(new() { ["NewsBot:Storage:Provider"] = "Mongo" });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("'Sqlite' or 'Qdrant'", ex.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddNewsBotStorage(configuration).BuildServiceProvider();
    }
}
