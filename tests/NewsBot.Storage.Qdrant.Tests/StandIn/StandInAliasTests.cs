using Grpc.Core;
using NewsBot.Testing.Qdrant;
using Qdrant.Client.Grpc;

namespace NewsBot.Storage.Qdrant.Tests.StandIn;

public sealed class StandInAliasTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UpdateAliases_DeleteAndCreateInOneCall_SwitchesReadsToTheNewCollection()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn);
        await StandInClient.CreateNewsCollectionAsync(client, "news-v1");
        await StandInClient.CreateNewsCollectionAsync(client, "news-v2");
        await client.UpsertAsync("news-v2", [StandInClient.Point(7, [1, 0, 0, 0], [(1, 1f)], "north")], cancellationToken: Ct);
        await client.CreateAliasAsync("news", "news-v1", cancellationToken: Ct);
        Assert.Equal(0ul, await client.CountAsync("news", cancellationToken: Ct));

        await client.UpdateAliasesAsync([
            new AliasOperations { DeleteAlias = new DeleteAlias { AliasName = "news" } },
            new AliasOperations { CreateAlias = new CreateAlias { AliasName = "news", CollectionName = "news-v2" } },
        ], cancellationToken: Ct);

        Assert.Equal(1ul, await client.CountAsync("news", cancellationToken: Ct));
        var hits = await client.QueryAsync("news", new float[] { 1, 0, 0, 0 }, usingVector: StandInClient.Dense, cancellationToken: Ct);
        Assert.Equal([7ul], hits.Select(hit => hit.Id.Num));
        Assert.Equal("news-v2", (await client.ListAliasesAsync(Ct)).Single().CollectionName);
    }

    [Fact]
    public async Task UpdateAliases_WhenOneActionFails_ChangesNothing()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn);
        await StandInClient.CreateNewsCollectionAsync(client, "news-v1");
        await client.CreateAliasAsync("news", "news-v1", cancellationToken: Ct);

        var error = await Assert.ThrowsAsync<RpcException>(() => client.UpdateAliasesAsync([
            new AliasOperations { DeleteAlias = new DeleteAlias { AliasName = "news" } },
            new AliasOperations { CreateAlias = new CreateAlias { AliasName = "news", CollectionName = "news-v9" } },
        ], cancellationToken: Ct));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Equal("news-v1", standIn.State.Aliases["news"]);
    }

    [Fact]
    public async Task RenameAlias_MovesTheNameAndKeepsTheTarget()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn);
        await StandInClient.CreateNewsCollectionAsync(client, "news-v1");
        await client.CreateAliasAsync("news", "news-v1", cancellationToken: Ct);

        await client.RenameAliasAsync("news", "headlines", cancellationToken: Ct);

        Assert.Equal(new Dictionary<string, string> { ["headlines"] = "news-v1" }, standIn.State.Aliases);
        Assert.True(await client.CollectionExistsAsync("headlines", Ct));
        Assert.False(await client.CollectionExistsAsync("news", Ct));
    }

    [Fact]
    public async Task DeleteAlias_Missing_IsNotFound()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn);

        var error = await Assert.ThrowsAsync<RpcException>(() => client.DeleteAliasAsync("nothing", cancellationToken: Ct));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task GetCollection_ThroughAnAlias_DescribesTheTarget()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn);
        await StandInClient.CreateNewsCollectionAsync(client, "news-v3", new Dictionary<string, Value> { ["embedder"] = "e5" });
        await client.CreateAliasAsync("news", "news-v3", cancellationToken: Ct);

        var info = await client.GetCollectionInfoAsync("news", Ct);

        Assert.Equal("e5", info.Config.Metadata["embedder"].StringValue);
    }
}
