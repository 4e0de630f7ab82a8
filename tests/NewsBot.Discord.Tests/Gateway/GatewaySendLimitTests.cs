using System.Text.Json;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class GatewaySendLimitTests
{
    private const int PresenceUpdate = 3;

    [Fact]
    public async Task SendAsync_BurstOverTheMinuteLimit_HeldBelow120WhileHeartbeatsGoOnTime()
    {
        await using var gateway = new GatewayHarness(jitter: 0.25);
        var connection = await gateway.ReadyAsync(intervalMs: 40_000);
        var cancel = TestContext.Current.CancellationToken;

        var sends = Enumerable.Range(0, 150).Select(_ => gateway.Client.SendAsync(PresenceUpdate, new { Status = "online", Afk = false }, cancel)).ToArray();
        var firstMinute = await connection.DrainAsync();
        gateway.Time.Advance(TimeSpan.FromSeconds(10)); // the first beat is due 40 s × 0.25 in
        var beat = await connection.NextSentAsync();
        connection.Send("""{"op":11}""");
        await Task.Delay(50, cancel);
        gateway.Time.Advance(TimeSpan.FromSeconds(50)); // the identify and the first burst leave the window
        await Task.WhenAll(sends).WaitAsync(TimeSpan.FromSeconds(5), cancel);
        var rest = await connection.DrainAsync();

        // The identify and the burst share the minute; ten sends are kept for heartbeats.
        Assert.Equal(GatewaySendLimit.PerWindow - GatewaySendLimit.HeartbeatReserve - 1, firstMinute.Count(p => Op(p) == PresenceUpdate));
        Assert.Equal(GatewayOp.Heartbeat, Op(beat));
        Assert.Equal(150, firstMinute.Concat(rest).Count(p => Op(p) == PresenceUpdate));
        Assert.Contains(gateway.Logs.Collector.GetSnapshot(), r => r.Id.Id == 4110);
    }

    [Fact]
    public async Task SendAsync_WindowFullOfOtherSends_HeartbeatStillSentAtOnce()
    {
        await using var gateway = new GatewayHarness();
        var connection = await gateway.ReadyAsync(intervalMs: 40_000);
        var cancel = TestContext.Current.CancellationToken;
        var limit = GatewaySendLimit.PerWindow - GatewaySendLimit.HeartbeatReserve - 1;
        for (var i = 0; i < limit; i++)
        {
            await gateway.Client.SendAsync(PresenceUpdate, new { Status = "idle" }, cancel);
        }

        var held = gateway.Client.SendAsync(PresenceUpdate, new { Status = "online" }, cancel);
        await connection.DrainAsync();
        connection.Send("""{"op":1,"d":null}"""); // Discord asks for a beat now

        Assert.Equal(GatewayOp.Heartbeat, Op(await connection.NextSentAsync()));
        Assert.False(held.IsCompleted, "a send past the limit went out inside the minute");
    }

    private static int Op(JsonElement payload) => payload.GetProperty("op").GetInt32();
}
