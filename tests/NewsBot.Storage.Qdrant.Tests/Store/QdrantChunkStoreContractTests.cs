using NewsBot.Core.Storage;
using NewsBot.Testing.Qdrant;
using NewsBot.Testing.Storage;

namespace NewsBot.Storage.Qdrant.Tests.Store;

/// <summary>The store contract, run against the Qdrant adapter talking gRPC to a stand-in on 127.0.0.1.</summary>
public sealed class QdrantChunkStoreContractTests : ChunkStoreContractTests
{
    private QdrantStandIn? _standIn;

    protected override bool FusesOnItsSide => true;

    protected override async Task<IChunkStore> CreateStoreAsync()
    {
        _standIn = await QdrantStandIn.StartAsync();
        return new QdrantChunkStore(new QdrantStoreOptions { Url = _standIn.Url.ToString(), Collection = "news" });
    }

    protected override async ValueTask DisposeStoreAsync(IChunkStore store)
    {
        await base.DisposeStoreAsync(store);
        if (_standIn is not null)
        {
            await _standIn.DisposeAsync();
        }
    }
}
