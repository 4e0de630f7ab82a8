using NewsBot.Testing.Qdrant;
using Qdrant.Client.Grpc;
using static Qdrant.Client.Grpc.Conditions;

namespace NewsBot.Storage.Qdrant.Tests.StandIn;

public sealed class StandInQueryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Query_DenseAndSparsePrefetchFusedByRrf_SumsReciprocalRanksWithKTwo()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn);
        await StandInClient.CreateNewsCollectionAsync(client, "news");
        await client.UpsertAsync("news", [
            StandInClient.Point(1, [1, 0, 0, 0], [(10, 1f)], "north"),
            StandInClient.Point(2, [0.9f, 0.1f, 0, 0], [(20, 1f), (30, 1f)], "south"),
            StandInClient.Point(3, [0, 1, 0, 0], [(20, 1f)], "north"),
        ], cancellationToken: Ct);

        var hits = await client.QueryAsync(
            "news",
            query: Fusion.Rrf,
            prefetch: [
                new PrefetchQuery { Query = new float[] { 1, 0.1f, 0, 0 }, Using = StandInClient.Dense, Limit = 3 },
                new PrefetchQuery { Query = StandInClient.SparseQuery((20, 1f), (30, 1f)), Using = StandInClient.Sparse, Limit = 3 },
            ],
            limit: 3,
            payloadSelector: true,
            cancellationToken: Ct);

        // Dense ranks 2, 1, 3; sparse ranks 2, 3 (point 1 shares no term). RRF with k = 2: 1/(rank + 2), rank from 0.
        Assert.Equal([2ul, 3ul, 1ul], hits.Select(hit => hit.Id.Num));
        Assert.Equal([1f, (1f / 4) + (1f / 3), 1f / 3], hits.Select(hit => hit.Score), (a, b) => Math.Abs(a - b) < 1e-5);
        Assert.Equal("south", hits[0].Payload["outlet"].StringValue);
    }

    [Fact]
    public async Task Query_WithOutletFilter_AnswersOnlyThatOutlet()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn);
        await StandInClient.CreateNewsCollectionAsync(client, "news");
        await client.UpsertAsync("news", [
            StandInClient.Point(1, [1, 0, 0, 0], [(10, 1f)], "north"),
            StandInClient.Point(2, [1, 0, 0, 0], [(10, 1f)], "south"),
        ], cancellationToken: Ct);

        var hits = await client.QueryAsync("news", new float[] { 1, 0, 0, 0 }, usingVector: StandInClient.Dense, filter: MatchKeyword("outlet", "south"), cancellationToken: Ct);

        Assert.Equal([2ul], hits.Select(hit => hit.Id.Num));
    }
}
