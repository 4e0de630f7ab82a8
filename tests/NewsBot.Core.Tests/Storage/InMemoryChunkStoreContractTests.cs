using NewsBot.Core.Storage;
using NewsBot.Testing.Fakes;
using NewsBot.Testing.Storage;

namespace NewsBot.Core.Tests.Storage;

/// <summary>The store contract, run against the in-memory fake that tests above the store port use.</summary>
public sealed class InMemoryChunkStoreContractTests : ChunkStoreContractTests
{
    protected override Task<IChunkStore> CreateStoreAsync() => Task.FromResult<IChunkStore>(new InMemoryChunkStore());
}
