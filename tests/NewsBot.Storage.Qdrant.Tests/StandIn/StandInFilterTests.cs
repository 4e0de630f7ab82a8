using NewsBot.Testing.Qdrant;
using Qdrant.Client.Grpc;
using static Qdrant.Client.Grpc.Conditions;

namespace NewsBot.Storage.Qdrant.Tests.StandIn;

public sealed class StandInFilterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Count_WithDatetimeRange_ComparesInstantsAcrossOffsets()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = await SeededAsync(standIn);
        var from = new DateTime(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc);
        var until = new DateTime(2026, 11, 3, 7, 30, 0, DateTimeKind.Utc);

        var count = await client.CountAsync("news", DatetimeRange("published", lt: until, gte: from), cancellationToken: Ct);

        Assert.Equal(2ul, count);
    }

    [Fact]
    public async Task Scroll_WithMatchAnyAndMustNot_KeepsTheListedOutletsExceptTheExcludedIds()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = await SeededAsync(standIn);
        var filter = Match("outlet", ["north", "east"]) & !HasId(1ul);

        var page = await client.ScrollAsync("news", filter, limit: 10, cancellationToken: Ct);

        Assert.Equal([3ul, 4ul], page.Result.Select(point => point.Id.Num));
        Assert.Equal("a3", page.Result[0].Payload["article_id"].StringValue);
    }

    [Fact]
    public async Task Scroll_InPages_WalksEveryPointOnceInIdOrder()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = await SeededAsync(standIn);

        var first = await client.ScrollAsync("news", limit: 3, cancellationToken: Ct);
        var second = await client.ScrollAsync("news", limit: 3, offset: first.NextPageOffset, cancellationToken: Ct);

        Assert.Equal([1ul, 2ul, 3ul, 4ul], first.Result.Concat(second.Result).Select(point => point.Id.Num));
        Assert.Null(second.NextPageOffset);
    }

    [Fact]
    public async Task Delete_ByFilter_RemovesOnlyTheMatchingPoints()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = await SeededAsync(standIn);

        await client.DeleteAsync("news", MatchKeyword("article_id", "a2") | MatchKeyword("article_id", "a3"), cancellationToken: Ct);

        var left = await client.ScrollAsync("news", limit: 10, cancellationToken: Ct);
        Assert.Equal([1ul, 4ul], left.Result.Select(point => point.Id.Num));
    }

    [Fact]
    public async Task Query_SparseWithIdfModifier_RanksARareTermAboveACommonOneOfHigherWeight()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn);
        await StandInClient.CreateNewsCollectionAsync(client, "news");
        await client.UpsertAsync("news", [
            StandInClient.Point(1, [1, 0, 0, 0], [(5, 2f)], "north"),
            StandInClient.Point(2, [1, 0, 0, 0], [(7, 1f)], "north"),
            StandInClient.Point(3, [1, 0, 0, 0], [(5, 1f)], "north"),
            StandInClient.Point(4, [1, 0, 0, 0], [(5, 1f)], "north"),
        ], cancellationToken: Ct);

        var hits = await client.QueryAsync("news", StandInClient.SparseQuery((5, 1f), (7, 1f)), usingVector: StandInClient.Sparse, limit: 2, cancellationToken: Ct);

        // IDF = ln((N - n + 0.5) / (n + 0.5) + 1) with N = 4: term 7 (n = 1) ≈ 1.204, term 5 (n = 3) ≈ 0.357.
        Assert.Equal([2ul, 1ul], hits.Select(hit => hit.Id.Num));
        Assert.Equal(Math.Log(10.0 / 3), hits[0].Score, 4);
        Assert.Equal(2 * Math.Log(10.0 / 7), hits[1].Score, 4);
    }

    [Fact]
    public async Task Query_WithScoreThresholdAndNoPayload_DropsPointsBelowItAndAnswersNoPayload()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = await SeededAsync(standIn);

        var hits = await client.QueryAsync("news", new float[] { 1, 0, 0, 0 }, usingVector: StandInClient.Dense, scoreThreshold: 0.9f, payloadSelector: false, cancellationToken: Ct);

        Assert.Equal([1ul, 2ul], hits.Select(hit => hit.Id.Num));
        Assert.All(hits, hit => Assert.Empty(hit.Payload));
    }

    [Fact]
    public async Task CreatePayloadIndex_IsListedInTheCollectionsSchema()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = await SeededAsync(standIn);

        await client.CreatePayloadIndexAsync("news", "outlet", PayloadSchemaType.Keyword, cancellationToken: Ct);
        await client.CreatePayloadIndexAsync("news", "published", PayloadSchemaType.Datetime, cancellationToken: Ct);
        var info = await client.GetCollectionInfoAsync("news", Ct);

        Assert.Equal(PayloadSchemaType.Keyword, info.PayloadSchema["outlet"].DataType);
        Assert.Equal(PayloadSchemaType.Datetime, info.PayloadSchema["published"].DataType);
        Assert.Equal(4ul, info.PointsCount);
    }

    private static async Task<global::Qdrant.Client.QdrantClient> SeededAsync(QdrantStandIn standIn)
    {
        var client = StandInClient.For(standIn);
        await StandInClient.CreateNewsCollectionAsync(client, "news");
        await client.UpsertAsync("news", [
            StandInClient.Point(1, [1, 0, 0, 0], [(1, 1f)], "north", "2026-11-01T08:00:00Z"),
            StandInClient.Point(2, [0.95f, 0.05f, 0, 0], [(2, 1f)], "south", "2026-11-02T08:00:00Z"),
            StandInClient.Point(3, [0, 1, 0, 0], [(3, 1f)], "north", "2026-11-03T08:00:00+01:00"),
            StandInClient.Point(4, [0, 0, 1, 0], [(4, 1f)], "east", "2026-11-05T08:00:00Z"),
        ], cancellationToken: Ct);
        return client;
    }
}
