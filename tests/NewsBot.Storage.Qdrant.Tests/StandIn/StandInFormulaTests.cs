using Grpc.Core;
using NewsBot.Testing.Qdrant;
using Qdrant.Client.Grpc;

namespace NewsBot.Storage.Qdrant.Tests.StandIn;

public sealed class StandInFormulaTests
{
    private const string Now = "2026-11-05T00:00:00Z";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Query_FormulaWithDateDecay_LiftsTheNewerOfTwoEquallyRelevantArticles()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn);
        await StandInClient.CreateNewsCollectionAsync(client, "news");
        await client.UpsertAsync("news", [
            StandInClient.Point(1, [1, 0, 0, 0], [(1, 1f)], "north", "2026-11-01T00:00:00Z"),
            StandInClient.Point(2, [1, 0, 0, 0], [(1, 1f)], "north", "2026-11-04T00:00:00Z"),
        ], cancellationToken: Ct);

        var hits = await client.QueryAsync(
            "news",
            query: new Query { Formula = RecencyFormula() },
            prefetch: [new PrefetchQuery { Query = new float[] { 1, 0, 0, 0 }, Using = StandInClient.Dense, Limit = 10 }],
            cancellationToken: Ct);

        // $score (1 for both) + 0.5 ^ (days before "now"): 1 day → 0.5, 4 days → 0.0625.
        Assert.Equal([2ul, 1ul], hits.Select(hit => hit.Id.Num));
        Assert.Equal(1.5f, hits[0].Score, 4);
        Assert.Equal(1.0625f, hits[1].Score, 4);
    }

    [Fact]
    public async Task Query_FormulaOnAMissingPayloadVariableWithoutDefault_IsInvalidArgument()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn);
        await StandInClient.CreateNewsCollectionAsync(client, "news");
        await client.UpsertAsync("news", [StandInClient.Point(1, [1, 0, 0, 0], [(1, 1f)], "north")], cancellationToken: Ct);
        var formula = new Formula { Expression = new Expression { Mult = new MultExpression { Mult = { new Expression { Variable = "$score" }, new Expression { Variable = "popularity" } } } } };

        var error = await Assert.ThrowsAsync<RpcException>(() => client.QueryAsync(
            "news",
            query: new Query { Formula = formula },
            prefetch: [new PrefetchQuery { Query = new float[] { 1, 0, 0, 0 }, Using = StandInClient.Dense }],
            cancellationToken: Ct));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("popularity", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_RrfWithWeights_LiftsTheHeavierPrefetchsSecondAboveTheOthersSecond()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn);
        await StandInClient.CreateNewsCollectionAsync(client, "news");
        await client.UpsertAsync("news", [
            StandInClient.Point(1, [1, 0, 0, 0], [(9, 1f)], "north"),
            StandInClient.Point(2, [0, 1, 0, 0], [(5, 2f)], "north"),
            StandInClient.Point(3, [0.5f, 0.5f, 0, 0], [(9, 1f)], "north"),
            StandInClient.Point(4, [0, 1, 0, 0], [(5, 1f)], "north"),
        ], cancellationToken: Ct);
        PrefetchQuery[] prefetch = [
            new() { Query = new float[] { 1, 0, 0, 0 }, Using = StandInClient.Dense, Filter = Conditions.HasId([1ul, 3ul]) },
            new() { Query = StandInClient.SparseQuery((5, 1f)), Using = StandInClient.Sparse, Filter = Conditions.HasId([2ul, 4ul]) },
        ];

        var even = await client.QueryAsync("news", query: new Query { Rrf = new Rrf() }, prefetch: prefetch, cancellationToken: Ct);
        var sparseHeavy = await client.QueryAsync("news", query: new Query { Rrf = new Rrf { Weights = { 1f, 3f } } }, prefetch: prefetch, cancellationToken: Ct);

        // Dense ranks 1, 3; sparse ranks 2, 4. Evenly weighted, the two seconds tie (ties go by id); weight 3 on the
        // sparse list puts its second, point 4, above the dense list's second, point 3.
        ulong[] Seconds(IReadOnlyList<ScoredPoint> hits) => [.. hits.Select(hit => hit.Id.Num).Where(id => id is 3 or 4)];
        Assert.Equal([3ul, 4ul], Seconds(even));
        Assert.Equal([4ul, 3ul], Seconds(sparseHeavy));
    }

    [Fact]
    public async Task Query_RrfWithFewerWeightsThanPrefetches_IsInvalidArgument()
    {
        await using var standIn = await QdrantStandIn.StartAsync();
        using var client = StandInClient.For(standIn);
        await StandInClient.CreateNewsCollectionAsync(client, "news");

        var error = await Assert.ThrowsAsync<RpcException>(() => client.QueryAsync(
            "news",
            query: new Query { Rrf = new Rrf { Weights = { 2f } } },
            prefetch: [
                new PrefetchQuery { Query = new float[] { 1, 0, 0, 0 }, Using = StandInClient.Dense },
                new PrefetchQuery { Query = StandInClient.SparseQuery((5, 1f)), Using = StandInClient.Sparse },
            ],
            cancellationToken: Ct));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    private static Formula RecencyFormula() => new()
    {
        Expression = new Expression
        {
            Sum = new SumExpression
            {
                Sum =
                {
                    new Expression { Variable = "$score" },
                    new Expression
                    {
                        ExpDecay = new DecayParamsExpression
                        {
                            X = new Expression { DatetimeKey = "published" },
                            Target = new Expression { Datetime = Now },
                            Scale = 86400,
                            Midpoint = 0.5f,
                        },
                    },
                },
            },
        },
    };
}
