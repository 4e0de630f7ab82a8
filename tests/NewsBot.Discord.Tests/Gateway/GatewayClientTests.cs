using System.Text.Json;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class GatewayClientTests
{
    private static readonly TimeSpan Ms = TimeSpan.FromMilliseconds(1);

    [Fact]
    public async Task RunAsync_Hello_IdentifiesWithTokenIntentsAndShardOnVersionedUrl()
    {
        await using var gateway = new GatewayHarness();

        var (connection, identify) = await gateway.ConnectAsync();

        Assert.Equal("wss://gateway.test/?v=10&encoding=json", connection.Url.AbsoluteUri);
        Assert.Equal(GatewayOp.Identify, identify.GetProperty("op").GetInt32());
        var data = identify.GetProperty("d");
        Assert.Equal(GatewayHarness.Token, data.GetProperty("token").GetString());
        Assert.Equal(33281, data.GetProperty("intents").GetInt32());
        Assert.Equal("[0,1]", data.GetProperty("shard").GetRawText());
        Assert.Equal("newsbot", data.GetProperty("properties").GetProperty("browser").GetString());
    }

    [Fact]
    public async Task RunAsync_Heartbeat_FirstAfterJitteredIntervalThenEveryIntervalCarryingSequence()
    {
        await using var gateway = new GatewayHarness(jitter: 0.25);
        var connection = await gateway.ReadyAsync(intervalMs: 1000);
        connection.Dispatch("MESSAGE_CREATE", 7);
        await gateway.Handler.NextAsync();

        gateway.Time.Advance(249 * Ms);
        Assert.True(await connection.SendsNothingAsync(), "beat before interval × jitter");
        gateway.Time.Advance(Ms);
        var first = await connection.NextSentAsync();
        connection.Send("""{"op":11}""");
        await Task.Delay(50, TestContext.Current.CancellationToken);
        gateway.Time.Advance(999 * Ms);
        Assert.True(await connection.SendsNothingAsync(), "second beat before a full interval");
        gateway.Time.Advance(Ms);
        var second = await connection.NextSentAsync();

        Assert.Equal("""{"op":1,"d":7}""", first.GetRawText());
        Assert.Equal("""{"op":1,"d":7}""", second.GetRawText());
    }

    [Fact]
    public async Task RunAsync_NoAckBetweenBeats_ClosesNonNormalAndResumesWithSessionAndSequence()
    {
        await using var gateway = new GatewayHarness(jitter: 0.25);
        var connection = await gateway.ReadyAsync();
        connection.Dispatch("MESSAGE_CREATE", 5);
        await gateway.Handler.NextAsync();

        gateway.Time.Advance(250 * Ms);
        Assert.Equal(GatewayOp.Heartbeat, (await connection.NextSentAsync()).GetProperty("op").GetInt32());
        gateway.Time.Advance(1000 * Ms);
        var code = await connection.Closed.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        var (resumed, resume) = await gateway.ConnectAsync();

        Assert.NotEqual(1000, code);
        Assert.Equal("wss://resume.test/?v=10&encoding=json", resumed.Url.AbsoluteUri);
        AssertResume(resume, seq: 5);
    }

    [Fact]
    public async Task RunAsync_ServerAsksForHeartbeat_AnsweredAtOnce()
    {
        await using var gateway = new GatewayHarness();
        var connection = await gateway.ReadyAsync();

        connection.Send("""{"op":1,"d":null}""");

        Assert.Equal("""{"op":1,"d":1}""", (await connection.NextSentAsync()).GetRawText());
    }

    [Fact]
    public async Task RunAsync_Reconnect_ResumesOnResumeUrl()
    {
        await using var gateway = new GatewayHarness();
        var connection = await gateway.ReadyAsync();

        connection.Send("""{"op":7,"d":null}""");
        var code = await connection.Closed.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        var (resumed, resume) = await gateway.ConnectAsync();

        Assert.NotEqual(1000, code);
        Assert.Equal("resume.test", resumed.Url.Host);
        AssertResume(resume, seq: 1);
    }

    [Fact]
    public async Task RunAsync_InvalidSessionNotResumable_IdentifiesAgainAfterRandomPause()
    {
        await using var gateway = new GatewayHarness(jitter: 0.5);
        var connection = await gateway.ReadyAsync(intervalMs: 60_000);
        gateway.Time.Advance(IdentifySchedule.Spacing); // the last identify is far enough back not to hold the next

        connection.Send("""{"op":9,"d":false}""");
        await connection.Closed.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        await Task.Delay(50, TestContext.Current.CancellationToken); // lets the client start its pause
        gateway.Time.Advance(2900 * Ms); // 1 s + 4 s × 0.5 = 3 s
        Assert.True(await gateway.Connector.OpensNothingAsync(), "reconnected before the pause");
        gateway.Time.Advance(100 * Ms);
        var (again, identify) = await gateway.ConnectAsync();

        Assert.Equal("gateway.test", again.Url.Host);
        Assert.Equal(GatewayOp.Identify, identify.GetProperty("op").GetInt32());
    }

    [Fact]
    public async Task RunAsync_InvalidSessionResumable_Resumes()
    {
        await using var gateway = new GatewayHarness();
        var connection = await gateway.ReadyAsync();

        connection.Send("""{"op":9,"d":true}""");
        var (_, resume) = await gateway.ConnectAsync();

        AssertResume(resume, seq: 1);
    }

    [Theory]
    [InlineData(4004, "check NewsBot:Discord:Token")]
    [InlineData(4014, "enable the Message Content intent")]
    [InlineData(4010, "NewsBot:Discord:ShardId")]
    [InlineData(4013, "NewsBot:Discord:Intents")]
    public async Task RunAsync_FatalCloseCode_ThrowsSayingWhatToFix(int closeCode, string advice)
    {
        await using var gateway = new GatewayHarness();
        var (connection, _) = await gateway.ConnectAsync();

        connection.ServerClose(closeCode);
        var fatal = await Assert.ThrowsAsync<DiscordFatalException>(() => gateway.Run.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken));

        Assert.Contains(advice, fatal.Message, StringComparison.Ordinal);
        Assert.Contains(closeCode.ToString(System.Globalization.CultureInfo.InvariantCulture), fatal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(GatewayHarness.Token, fatal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_OtherCloseCode_ReconnectsAfterBackoffAndResumes()
    {
        await using var gateway = new GatewayHarness(jitter: 0.5);
        var connection = await gateway.ReadyAsync();

        connection.ServerClose(4000);
        await Task.Delay(50, TestContext.Current.CancellationToken);
        gateway.Time.Advance(700 * Ms); // first backoff: 1 s × (0.5 + 0.5 × 0.5) = 750 ms
        Assert.True(await gateway.Connector.OpensNothingAsync(), "reconnected before the backoff");
        gateway.Time.Advance(50 * Ms);
        var (resumed, resume) = await gateway.ConnectAsync();

        Assert.Equal("resume.test", resumed.Url.Host);
        AssertResume(resume, seq: 1);
    }

    [Fact]
    public async Task RunAsync_SessionTimedOutClose_IdentifiesAnew()
    {
        await using var gateway = new GatewayHarness(jitter: 0.5);
        var connection = await gateway.ReadyAsync(intervalMs: 60_000);
        gateway.Time.Advance(IdentifySchedule.Spacing);

        connection.ServerClose(4009);
        await Task.Delay(50, TestContext.Current.CancellationToken);
        gateway.Time.Advance(TimeSpan.FromSeconds(1));
        var (again, identify) = await gateway.ConnectAsync();

        Assert.Equal("gateway.test", again.Url.Host);
        Assert.Equal(GatewayOp.Identify, identify.GetProperty("op").GetInt32());
    }

    [Fact]
    public async Task RunAsync_Stopped_ClosesWith1000AndEndsPromptly()
    {
        await using var gateway = new GatewayHarness();
        var connection = await gateway.ReadyAsync();

        await gateway.StopAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gateway.Run.WaitAsync(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken));

        Assert.Equal(1000, await connection.Closed.WaitAsync(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RunAsync_HandlerHangs_HeartbeatsAndAcksGoOn()
    {
        await using var gateway = new GatewayHarness(jitter: 0.25, handler: new RecordingDispatchHandler { HangOn = "READY" });
        var connection = await gateway.ReadyAsync();

        for (var beat = 0; beat < 3; beat++)
        {
            gateway.Time.Advance(beat == 0 ? 250 * Ms : 1000 * Ms);
            Assert.Equal(GatewayOp.Heartbeat, (await connection.NextSentAsync()).GetProperty("op").GetInt32());
            connection.Send("""{"op":11}""");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.False(connection.Closed.IsCompleted, "the connection was closed as a zombie while the handler hung");
    }

    [Fact]
    public async Task SendAsync_PayloadOver4096Bytes_Refused()
    {
        await using var gateway = new GatewayHarness();
        var connection = await gateway.ReadyAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => gateway.Client.SendAsync(3, new { Status = new string('x', 5000) }, TestContext.Current.CancellationToken));
        await gateway.Client.SendAsync(3, new { Status = "online", Afk = false }, TestContext.Current.CancellationToken);

        Assert.Equal(3, (await connection.NextSentAsync()).GetProperty("op").GetInt32());
    }

    private static void AssertResume(JsonElement resume, long seq)
    {
        Assert.Equal(GatewayOp.Resume, resume.GetProperty("op").GetInt32());
        var data = resume.GetProperty("d");
        Assert.Equal(GatewayHarness.Token, data.GetProperty("token").GetString());
        Assert.Equal("session-1", data.GetProperty("session_id").GetString());
        Assert.Equal(seq, data.GetProperty("seq").GetInt64());
    }
}
