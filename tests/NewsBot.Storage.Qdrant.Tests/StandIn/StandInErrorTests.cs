using Grpc.Core;
using NewsBot.Testing.Qdrant;
using Qdrant.Client.Grpc;

namespace NewsBot.Storage.Qdrant.Tests.StandIn;

public sealed class StandInErrorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnyCall_WithWrongApiKey_IsUnauthenticatedAndNothingIsCreated()
    {
        await using var standIn = await QdrantStandIn.StartAsync(new QdrantStandInOptions { ApiKey = "right-key" });
        using var client = StandInClient.For(standIn, apiKey: "wrong-key");

        var error = await Assert.ThrowsAsync<RpcException>(() => StandInClient.CreateNewsCollectionAsync(client, "news"));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Equal(QdrantErrors.InvalidKeyMessage, error.Status.Detail);
        Assert.Empty(standIn.State.CollectionNames);
        Assert.Equal(KeyCheck.Wrong, standIn.Calls.Single().Key);
    }

    [Fact]
    public async Task AnyCall_WithoutApiKeyWhenOneIsRequired_IsUnauthenticated()
    {
        await using var standIn = await QdrantStandIn.StartAsync(new QdrantStandInOptions { ApiKey = "right-key" });
        using var client = StandInClient.For(standIn);

        var error = await Assert.ThrowsAsync<RpcException>(() => client.ListCollectionsAsync(Ct));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Equal(QdrantErrors.MissingKeyMessage, error.Status.Detail);
    }

    [Fact]
    public async Task AnyCall_WithTheRightApiKey_IsServed()
    {
        await using var standIn = await QdrantStandIn.StartAsync(new QdrantStandInOptions { ApiKey = "right-key" });
        using var client = StandInClient.For(standIn, apiKey: "right-key");

        await StandInClient.CreateNewsCollectionAsync(client, "news");

        Assert.Equal(["news"], standIn.State.CollectionNames);
        Assert.All(standIn.Calls, call => Assert.Equal(KeyCheck.Matched, call.Key));
    }

    [Fact]
    public async Task Upsert_VectorOfWrongSizeWithWait_IsInvalidArgumentAndStoresNothingOfTheBatch()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn);
        await StandInClient.CreateNewsCollectionAsync(client, "news");

        var error = await Assert.ThrowsAsync<RpcException>(() => client.UpsertAsync("news", [
            StandInClient.Point(1, [1, 0, 0, 0], [(1, 1f)], "north"),
            StandInClient.Point(2, [1, 0, 0], [(1, 1f)], "north"),
        ], cancellationToken: Ct));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("Wrong input: Vector dimension error: expected dim: 4, got 3", error.Status.Detail);
        Assert.Equal(0, standIn.State.PointCount("news"));
    }

    [Fact]
    public async Task Upsert_VectorOfWrongSizeWithoutWait_IsAcknowledgedAndDropped()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn);
        await StandInClient.CreateNewsCollectionAsync(client, "news");

        var result = await client.UpsertAsync("news", [StandInClient.Point(1, [1, 0, 0], [(1, 1f)], "north")], wait: false, cancellationToken: Ct);
        await client.UpsertAsync("news", [StandInClient.Point(2, [1, 0, 0, 0], [(1, 1f)], "north")], wait: true, cancellationToken: Ct);

        Assert.Equal(UpdateStatus.Acknowledged, result.Status);
        Assert.Equal(1ul, await client.CountAsync("news", cancellationToken: Ct));
    }

    [Fact]
    public async Task Query_OnMissingCollection_IsNotFound()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn);

        var error = await Assert.ThrowsAsync<RpcException>(() => client.QueryAsync("absent", new float[] { 1, 0, 0, 0 }, cancellationToken: Ct));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Contains("`absent` doesn't exist", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_WithQueryVectorOfWrongSize_IsInvalidArgument()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn);
        await StandInClient.CreateNewsCollectionAsync(client, "news");

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            client.QueryAsync("news", new float[] { 1, 0 }, usingVector: StandInClient.Dense, cancellationToken: Ct));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("expected dim: 4, got 2", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailNext_Unavailable_FailsThatOneCallThenServesAgain()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn);
        standIn.FailNext(StatusCode.Unavailable, method: "List");

        var error = await Assert.ThrowsAsync<RpcException>(() => client.ListCollectionsAsync(Ct));
        var second = await client.ListCollectionsAsync(Ct);

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Empty(second);
        Assert.Equal(2, standIn.CallsOf("qdrant.Collections/List").Count);
    }

    [Fact]
    public async Task DelayNext_LongerThanTheClientTimeout_EndsInDeadlineExceeded()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn, timeout: TimeSpan.FromMilliseconds(200));
        standIn.DelayNext(TimeSpan.FromMinutes(5), method: "List");

        var error = await Assert.ThrowsAsync<RpcException>(() => client.ListCollectionsAsync(Ct));

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
    }

    [Fact]
    public async Task ApiKey_RotatedOnTheServer_RefusesTheOldKeyFromThenOn()
    {
        await using var standIn = await QdrantStandIn.StartAsync(new QdrantStandInOptions { ApiKey = "first" });
        using var client = StandInClient.For(standIn, apiKey: "first");
        await client.ListCollectionsAsync(Ct);

        standIn.Script.ApiKey = "second";
        var error = await Assert.ThrowsAsync<RpcException>(() => client.ListCollectionsAsync(Ct));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task DeprecatedSearch_IsNotServed()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn);
        await StandInClient.CreateNewsCollectionAsync(client, "news");

#pragma warning disable CS0618 // the deprecated call is the point of this test
        var error = await Assert.ThrowsAsync<RpcException>(() => client.SearchAsync("news", new float[] { 1, 0, 0, 0 }, vectorName: StandInClient.Dense, cancellationToken: Ct));
#pragma warning restore CS0618

        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
    }
}
