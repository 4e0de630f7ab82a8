using Grpc.Core;
using NewsBot.Testing.Qdrant;
using Qdrant.Client.Grpc;

namespace NewsBot.Storage.Qdrant.Tests.StandIn;

public sealed class StandInPointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upsert_SameUuidTwice_KeepsOnePointWithTheLatestPayload()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn);
        await StandInClient.CreateNewsCollectionAsync(client, "news");
        var id = Guid.Parse("6a1f3c7e-0d4b-5e2a-9f10-3b7c2d1e4f50");
        var first = StandInClient.Point(1, [1, 0, 0, 0], [(1, 1f)], "north");
        first.Id = id;
        var second = StandInClient.Point(1, [1, 0, 0, 0], [(1, 1f)], "south");
        second.Id = new PointId { Uuid = id.ToString("N").ToUpperInvariant() };

        await client.UpsertAsync("news", [first], cancellationToken: Ct);
        await client.UpsertAsync("news", [second], cancellationToken: Ct);
        var points = await client.RetrieveAsync("news", id, cancellationToken: Ct);

        var point = Assert.Single(points);
        Assert.Equal(id.ToString("D"), point.Id.Uuid);
        Assert.Equal("south", point.Payload["outlet"].StringValue);
        Assert.Equal(1ul, await client.CountAsync("news", cancellationToken: Ct));
    }

    [Fact]
    public async Task Upsert_ToAVectorNameTheCollectionLacks_IsInvalidArgument()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn);
        await StandInClient.CreateNewsCollectionAsync(client, "news");
        var point = new PointStruct { Id = 1, Vectors = new Dictionary<string, Vector> { ["image"] = new float[] { 1, 0, 0, 0 } } };

        var error = await Assert.ThrowsAsync<RpcException>(() => client.UpsertAsync("news", [point], cancellationToken: Ct));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("Wrong input: Not existing vector name error: image", error.Status.Detail);
    }

    [Fact]
    public async Task Retrieve_WithVectors_AnswersTheStoredDenseVectorNormalisedForCosine()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn);
        await StandInClient.CreateNewsCollectionAsync(client, "news");
        await client.UpsertAsync("news", [StandInClient.Point(1, [3, 4, 0, 0], [(1, 1f)], "north")], cancellationToken: Ct);

        var point = Assert.Single(await client.RetrieveAsync("news", 1ul, withVectors: true, cancellationToken: Ct));

        Assert.Equal([0.6f, 0.8f, 0f, 0f], point.Vectors.Vectors.Vectors[StandInClient.Dense].Dense.Data);
        Assert.Equal([1u], point.Vectors.Vectors.Vectors[StandInClient.Sparse].Sparse.Indices);
    }

    [Fact]
    public async Task CreateCollection_WithShardsAndReplicas_IsDescribedWithThem()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn);

        await client.CreateCollectionAsync(
            "news",
            new VectorParamsMap { Map = { [StandInClient.Dense] = new VectorParams { Size = 4, Distance = Distance.Cosine } } },
            shardNumber: 6,
            replicationFactor: 2,
            writeConsistencyFactor: 1,
            cancellationToken: Ct);
        var info = await client.GetCollectionInfoAsync("news", Ct);

        Assert.Equal((6u, 2u, 1u), (info.Config.Params.ShardNumber, info.Config.Params.ReplicationFactor, info.Config.Params.WriteConsistencyFactor));
    }

    [Fact]
    public async Task Handler_ReplacedByADerivedService_AnswersInsteadOfTheStandIn()
    {
        await using var standIn = await QdrantStandIn.StartAsync(new QdrantStandInOptions { Points = state => new FixedCount(state) });
        using var client = StandInClient.For(standIn);
        await StandInClient.CreateNewsCollectionAsync(client, "news");

        var count = await client.CountAsync("news", cancellationToken: Ct);

        Assert.Equal(42ul, count);
    }

    private sealed class FixedCount(QdrantStandInState state) : QdrantPointsService(state)
    {
        public override Task<CountResponse> Count(CountPoints request, ServerCallContext context) =>
            Task.FromResult(new CountResponse { Result = new CountResult { Count = 42 } });
    }
}
