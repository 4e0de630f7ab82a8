using Grpc.Core;
using NewsBot.Testing.Qdrant;
using Qdrant.Client.Grpc;

namespace NewsBot.Storage.Qdrant.Tests.StandIn;

public sealed class StandInCollectionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateCollection_WithMetadata_IsDescribedBackWithItsVectorsAndMetadata()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn);

        await StandInClient.CreateNewsCollectionAsync(client, "news", new Dictionary<string, Value> { ["embedder"] = "minilm-384" });
        var info = await client.GetCollectionInfoAsync("news", cancellationToken: Ct);

        Assert.Equal(4ul, info.Config.Params.VectorsConfig.ParamsMap.Map[StandInClient.Dense].Size);
        Assert.Equal(Modifier.Idf, info.Config.Params.SparseVectorsConfig.Map[StandInClient.Sparse].Modifier);
        Assert.Equal("minilm-384", info.Config.Metadata["embedder"].StringValue);
        Assert.True(await client.CollectionExistsAsync("news", cancellationToken: Ct));
        Assert.Equal(["news"], await client.ListCollectionsAsync(Ct));
    }

    [Fact]
    public async Task GetCollection_Missing_IsNotFoundWithQdrantsMessage()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn);

        var error = await Assert.ThrowsAsync<RpcException>(() => client.GetCollectionInfoAsync("absent", cancellationToken: Ct));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Equal("Not found: Collection `absent` doesn't exist!", error.Status.Detail);
    }

    [Fact]
    public async Task CreateCollection_TwiceUnderOneName_IsRefused()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn);
        await StandInClient.CreateNewsCollectionAsync(client, "news");

        var error = await Assert.ThrowsAsync<RpcException>(() => StandInClient.CreateNewsCollectionAsync(client, "news"));

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
    }

    [Fact]
    public async Task DeleteCollection_Existing_RemovesItAndItsAliases()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn);
        await StandInClient.CreateNewsCollectionAsync(client, "news-v1");
        await client.CreateAliasAsync("news", "news-v1", cancellationToken: Ct);

        await client.DeleteCollectionAsync("news-v1", cancellationToken: Ct);

        Assert.False(await client.CollectionExistsAsync("news-v1", cancellationToken: Ct));
        Assert.Empty(await client.ListAliasesAsync(Ct));
    }
}
