using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class IdentifyScheduleTests
{
    private static readonly TimeSpan Ms = TimeSpan.FromMilliseconds(1);

    [Fact]
    public async Task RunAsync_NoSessionStartsLeft_WaitsResetAfterThenIdentifiesAndLogsTheWait()
    {
        var rest = new GatewayUrlRest(sessionStartLimit: """{"total":1000,"remaining":0,"reset_after":30000,"max_concurrency":1}""");
        await using var gateway = new GatewayHarness(rest: rest);

        Assert.True(await gateway.Connector.OpensNothingAsync(), "connected with no session starts left");
        gateway.Time.Advance(29_900 * Ms);
        Assert.True(await gateway.Connector.OpensNothingAsync(), "connected before reset_after");
        gateway.Time.Advance(100 * Ms);
        var (_, identify) = await gateway.ConnectAsync();

        Assert.Equal(GatewayOp.Identify, identify.GetProperty("op").GetInt32());
        var logged = Assert.Single(gateway.Logs.Collector.GetSnapshot(), r => r.Id.Id == 4111);
        Assert.Contains("00:00:30", logged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(GatewayHarness.Token, logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ShardInSecondConcurrencyGroup_FirstIdentifyFiveSecondsIn()
    {
        var rest = new GatewayUrlRest(sessionStartLimit: """{"total":1000,"remaining":999,"reset_after":1000,"max_concurrency":2}""");
        await using var gateway = new GatewayHarness(rest: rest, shardId: 3, shardCount: 4);

        Assert.True(await gateway.Connector.OpensNothingAsync(), "shard 3 identified in the first group's turn");
        gateway.Time.Advance(4_900 * Ms);
        Assert.True(await gateway.Connector.OpensNothingAsync(), "shard 3 identified before its turn");
        gateway.Time.Advance(100 * Ms);
        var (_, identify) = await gateway.ConnectAsync();

        Assert.Equal("[3,4]", identify.GetProperty("d").GetProperty("shard").GetRawText());
    }

    [Fact]
    public async Task RunAsync_ShardInFirstConcurrencyGroup_IdentifiesAtOnce()
    {
        var rest = new GatewayUrlRest(sessionStartLimit: """{"total":1000,"remaining":999,"reset_after":1000,"max_concurrency":16}""");
        await using var gateway = new GatewayHarness(rest: rest, shardId: 15, shardCount: 32);

        var (_, identify) = await gateway.ConnectAsync();

        Assert.Equal("[15,32]", identify.GetProperty("d").GetProperty("shard").GetRawText());
    }

    [Fact]
    public async Task RunAsync_InvalidSessionRightAfterIdentify_IdentifiesAgainNoSoonerThanFiveSecondsAfterTheFirst()
    {
        await using var gateway = new GatewayHarness(jitter: 0.5);
        var (connection, _) = await gateway.ConnectAsync(intervalMs: 60_000);

        connection.Send("""{"op":9,"d":false}""");
        await connection.Closed.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        await Task.Delay(50, TestContext.Current.CancellationToken);
        gateway.Time.Advance(TimeSpan.FromSeconds(3)); // the 1–5 s pause: 1 s + 4 s × 0.5
        await Task.Delay(50, TestContext.Current.CancellationToken);
        gateway.Time.Advance(1_900 * Ms);
        Assert.True(await gateway.Connector.OpensNothingAsync(), "identified twice within 5 s");
        gateway.Time.Advance(100 * Ms);
        var (_, identify) = await gateway.ConnectAsync(intervalMs: 60_000);

        Assert.Equal(GatewayOp.Identify, identify.GetProperty("op").GetInt32());
    }
}
