using NewsBot.Core.Storage;
using NewsBot.Testing.Storage;

namespace NewsBot.Storage.Sqlite.Tests;

/// <summary>The store contract, run against a real SQLite file per test.</summary>
public sealed class SqliteChunkStoreContractTests : ChunkStoreContractTests
{
    private readonly TempFolder _folder = new();

    protected override Task<IChunkStore> CreateStoreAsync() =>
        Task.FromResult<IChunkStore>(new SqliteChunkStore(_folder.File()));

    protected override async ValueTask DisposeStoreAsync(IChunkStore store)
    {
        await base.DisposeStoreAsync(store);
        _folder.Dispose();
    }
}
