using System.Text.Json.Nodes;
using NewsBot.Testing.Discord;

namespace NewsBot.Discord.Tests.StandIn;

public sealed class DiscordStandInGatewayTests
{
    private static readonly DiscordStandInOptions Fast = new() { HeartbeatInterval = TimeSpan.FromMilliseconds(250) };

    [Fact]
    public async Task Identify_AfterHello_SendsReadyWithSessionAndResumeUrl()
    {
        await using var standIn = await DiscordStandIn.StartAsync(Fast);
        await using var client = await RawGatewayClient.ConnectAsync(new Uri(standIn.GatewayUrl + "?v=10&encoding=json"));

        var hello = await client.ReceiveAsync();
        await client.SendAsync(RawGatewayClient.Identify(standIn.Options.Token));
        var ready = await client.ReceiveOpAsync(0, "READY");

        Assert.Equal(10, hello!["op"]!.GetValue<int>());
        Assert.Equal(250, hello["d"]!["heartbeat_interval"]!.GetValue<int>());
        Assert.Equal(1, ready["s"]!.GetValue<int>());
        Assert.Equal(standIn.SessionId, ready["d"]!["session_id"]!.GetValue<string>());
        Assert.EndsWith(DiscordStandIn.ResumeGatewayPath, ready["d"]!["resume_gateway_url"]!.GetValue<string>());
        Assert.Equal(standIn.Options.ApplicationId, ready["d"]!["application"]!["id"]!.GetValue<string>());
        Assert.Equal(GatewayStart.Identify, standIn.Connections.Single().Start);
        Assert.Equal(standIn.Options.Token, standIn.Connections.Single().Identify!["token"]!.GetValue<string>());
    }

    [Fact]
    public async Task Identify_WrongToken_ClosesWith4004()
    {
        await using var standIn = await DiscordStandIn.StartAsync(Fast);
        await using var client = await RawGatewayClient.ConnectAsync(new Uri(standIn.GatewayUrl + "?v=10&encoding=json"));

        await client.ReceiveAsync();
        await client.SendAsync(RawGatewayClient.Identify("not-the-token"));
        var next = await client.ReceiveAsync();

        Assert.Null(next);
        Assert.Equal(4004, (int)client.CloseStatus!);
    }

    [Fact]
    public async Task Connect_WrongVersion_ClosesWith4012()
    {
        await using var standIn = await DiscordStandIn.StartAsync(Fast);
        await using var client = await RawGatewayClient.ConnectAsync(new Uri(standIn.GatewayUrl + "?v=9&encoding=json"));

        var next = await client.ReceiveAsync();

        Assert.Null(next);
        Assert.Equal(4012, (int)client.CloseStatus!);
    }

    [Fact]
    public async Task Heartbeat_Normally_IsAcknowledgedAndRecorded()
    {
        await using var standIn = await DiscordStandIn.StartAsync(Fast);
        await using var client = await RawGatewayClient.ConnectAsync(new Uri(standIn.GatewayUrl + "?v=10&encoding=json"));
        await client.ReceiveAsync();

        await client.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });
        var ack = await client.ReceiveAsync();

        Assert.Equal(11, ack!["op"]!.GetValue<int>());
        Assert.Single(standIn.Heartbeats);
    }

    [Fact]
    public async Task Heartbeat_AcksWithheld_GetsNoAck()
    {
        await using var standIn = await DiscordStandIn.StartAsync(Fast);
        await using var client = await RawGatewayClient.ConnectAsync(new Uri(standIn.GatewayUrl + "?v=10&encoding=json"));
        await client.ReceiveAsync();
        standIn.WithholdHeartbeatAcks = true;

        await client.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.ReceiveAsync(TimeSpan.FromMilliseconds(500)));
        Assert.Single(standIn.Heartbeats);
    }

    [Fact]
    public async Task Resume_OnResumeUrlAfterDrop_ReplaysMissedEventsThenResumed()
    {
        await using var standIn = await DiscordStandIn.StartAsync(Fast);
        string resumeUrl;
        int lastSeq;
        await using (var first = await RawGatewayClient.ConnectAsync(new Uri(standIn.GatewayUrl + "?v=10&encoding=json")))
        {
            await first.ReceiveAsync();
            await first.SendAsync(RawGatewayClient.Identify(standIn.Options.Token));
            var ready = await first.ReceiveOpAsync(0, "READY");
            resumeUrl = ready["d"]!["resume_gateway_url"]!.GetValue<string>();
            await standIn.DispatchAsync("MESSAGE_CREATE", standIn.Events.Mention("seen"));
            lastSeq = (await first.ReceiveOpAsync(0, "MESSAGE_CREATE"))["s"]!.GetValue<int>();
            standIn.DropConnection();
        }

        await standIn.WaitUntilAsync(s => !s.HasLiveSession, what: "the drop");
        await standIn.DispatchAsync("MESSAGE_CREATE", standIn.Events.Mention("missed one"));
        await standIn.DispatchAsync("MESSAGE_CREATE", standIn.Events.Mention("missed two"));
        await using var second = await RawGatewayClient.ConnectAsync(new Uri(resumeUrl + "?v=10&encoding=json"));
        await second.ReceiveAsync();
        await second.SendAsync(RawGatewayClient.Resume(standIn.Options.Token, standIn.SessionId!, lastSeq));

        var replayed = new[] { await second.ReceiveOpAsync(0), await second.ReceiveOpAsync(0), await second.ReceiveOpAsync(0) };

        Assert.Equal(["MESSAGE_CREATE", "MESSAGE_CREATE", "RESUMED"], replayed.Select(p => p["t"]!.GetValue<string>()));
        Assert.EndsWith("missed one", replayed[0]["d"]!["content"]!.GetValue<string>());
        Assert.Equal([lastSeq + 1, lastSeq + 2], replayed.Take(2).Select(p => p["s"]!.GetValue<int>()));
        Assert.True(standIn.Connections[1].UsedResumeUrl);
        Assert.Equal(GatewayStart.Resume, standIn.Connections[1].Start);
    }

    [Fact]
    public async Task Resume_WrongSessionId_GetsInvalidSessionFalse()
    {
        await using var standIn = await DiscordStandIn.StartAsync(Fast);
        await using (var first = await RawGatewayClient.ConnectAsync(new Uri(standIn.GatewayUrl + "?v=10&encoding=json")))
        {
            await first.ReceiveAsync();
            await first.SendAsync(RawGatewayClient.Identify(standIn.Options.Token));
            await first.ReceiveOpAsync(0, "READY");
        }

        await using var second = await RawGatewayClient.ConnectAsync(new Uri(standIn.GatewayUrl + "?v=10&encoding=json"));
        await second.ReceiveAsync();
        await second.SendAsync(RawGatewayClient.Resume(standIn.Options.Token, "some-other-session", 1));
        var answer = await second.ReceiveOpAsync(9);

        Assert.False(answer["d"]!.GetValue<bool>());
    }

    [Fact]
    public async Task CloseAsync_WithCode_ClientSeesThatCode()
    {
        await using var standIn = await DiscordStandIn.StartAsync(Fast);
        await using var client = await RawGatewayClient.ConnectAsync(new Uri(standIn.GatewayUrl + "?v=10&encoding=json"));
        await client.ReceiveAsync();
        await client.SendAsync(RawGatewayClient.Identify(standIn.Options.Token));
        await client.ReceiveOpAsync(0, "READY");

        await standIn.CloseAsync(4014, "Disallowed intent(s).");
        var next = await client.ReceiveAsync();

        Assert.Null(next);
        Assert.Equal(4014, (int)client.CloseStatus!);
    }

    [Fact]
    public async Task SendInvalidSessionAsync_NotResumable_ClientGetsOp9FalseAndResumeIsRefused()
    {
        await using var standIn = await DiscordStandIn.StartAsync(Fast);
        await using var client = await RawGatewayClient.ConnectAsync(new Uri(standIn.GatewayUrl + "?v=10&encoding=json"));
        await client.ReceiveAsync();
        await client.SendAsync(RawGatewayClient.Identify(standIn.Options.Token));
        var ready = await client.ReceiveOpAsync(0, "READY");
        var session = ready["d"]!["session_id"]!.GetValue<string>();

        await standIn.SendReconnectAsync();
        var reconnect = await client.ReceiveOpAsync(7);
        await standIn.SendInvalidSessionAsync(resumable: false);
        var invalid = await client.ReceiveOpAsync(9);
        await using var second = await RawGatewayClient.ConnectAsync(new Uri(standIn.GatewayUrl + "?v=10&encoding=json"));
        await second.ReceiveAsync();
        await second.SendAsync(RawGatewayClient.Resume(standIn.Options.Token, session, 1));
        var refused = await second.ReceiveOpAsync(9);

        Assert.Equal(7, reconnect["op"]!.GetValue<int>());
        Assert.False(invalid["d"]!.GetValue<bool>());
        Assert.False(refused["d"]!.GetValue<bool>());
        Assert.Null(standIn.SessionId);
    }
}
