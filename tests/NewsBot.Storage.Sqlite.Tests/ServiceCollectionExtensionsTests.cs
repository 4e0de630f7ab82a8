using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;

namespace NewsBot.Storage.Sqlite.Tests;

public sealed class ServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AddNewsBotSqliteStore_ConfiguredPath_ResolvesOneStoreAtThatPath()
    {
        var path = Path.Combine(_folder.Path, "data", "bot.db");
        await using var provider = Build(new() { ["NewsBot:Storage:Sqlite:Path"] = path });

        var store = provider.GetRequiredService<IChunkStore>();

        Assert.Same(store, provider.GetRequiredService<IChunkStore>());
        Assert.Equal(path, Assert.IsType<SqliteChunkStore>(store).Path);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task AddNewsBotSqliteStore_NoConfiguration_DefaultsToDataFolder()
    {
        await using var provider = Build([]);

        Assert.Equal("data/newsbot.db", provider.GetRequiredService<IOptions<SqliteStoreOptions>>().Value.Path);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AddNewsBotSqliteStore_EmptyPath_FailsNamingTheKey(string path)
    {
        await using var provider = Build(new() { ["NewsBot:Storage:Sqlite:Path"] = path });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SqliteStoreOptions>>().Value);

        Assert.Contains("NewsBot:Storage:Sqlite:Path", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddNewsBotSqliteStore_PathIsAFolder_FailsNamingTheKey()
    {
        await using var provider = Build(new() { ["NewsBot:Storage:Sqlite:Path"] = _folder.Path });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SqliteStoreOptions>>().Value);

        Assert.Contains("NewsBot:Storage:Sqlite:Path must name a file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddNewsBotSqliteStore_FolderIsAFile_FailsNamingTheKey()
    {
        var file = Path.Combine(_folder.Path, "plain.txt");
        await File.WriteAllTextAsync(file, "x", TestContext.Current.CancellationToken);
        await using var provider = Build(new() { ["NewsBot:Storage:Sqlite:Path"] = Path.Combine(file, "store.db") });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SqliteStoreOptions>>().Value);

        Assert.Contains("NewsBot:Storage:Sqlite:Path must be in a folder that can be created", ex.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddNewsBotSqliteStore(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
