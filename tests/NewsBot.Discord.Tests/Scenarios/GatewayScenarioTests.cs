using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using NewsBot.Testing.Discord;

namespace NewsBot.Discord.Tests.Scenarios;

/// <summary>
/// Issue 9's gateway scenarios: the bot in a real host over real loopback sockets against the Discord stand-in, judged
/// by what Discord would see (frames, connections, registered commands) and what an operator would see (the outcome).
/// </summary>
public sealed class GatewayScenarioTests
{
    private static readonly TimeSpan Interval = ScenarioHost.Interval;

    [Fact(Timeout = 15_000)]
    public async Task Start_IdentifyThenReady_RegistersTheFiveCommandsToTheGuildWithReindexForManageServer()
    {
        await using var bot = await ScenarioHost.StartAsync();
        await bot.ReadyAsync();
        var discord = bot.Discord;

        var first = discord.Connections[0];
        Assert.Equal(GatewayStart.Identify, first.Start);
        Assert.Equal(discord.Options.Token, first.Identify!["token"]!.GetValue<string>());
        Assert.Contains(discord.Frames, f => !f.FromClient && f.Type == "READY");
        var put = Assert.Single(bot.Sent("PUT", DiscordRoutes.GuildCommands));
        Assert.Equal($"/applications/{discord.Options.ApplicationId}/guilds/{discord.Events.GuildId}/commands", put.Path);
        Assert.True(put.Status is >= 200 and < 300, $"status {put.Status}");
        var commands = put.Json!.AsArray().Select(c => c!.AsObject()).ToList();
        Assert.Equal(["ask", "help", "reindex", "sources", "summarize"], commands.Select(c => c["name"]!.GetValue<string>()).Order());
        var reindex = commands.Single(c => c["name"]!.GetValue<string>() == "reindex");
        Assert.Equal("32", reindex["default_member_permissions"]!.GetValue<string>());
        Assert.Empty(bot.Sent("PUT", DiscordRoutes.GlobalCommands));
    }

    [Fact(Timeout = 15_000)]
    public async Task Heartbeat_AfterHello_FirstWithinOneIntervalThenAboutOneIntervalApartCarryingTheLastSequence()
    {
        await using var bot = await ScenarioHost.StartAsync();
        await bot.ReadyAsync();
        var discord = bot.Discord;
        await discord.WaitUntilAsync(d => d.Heartbeats.Count(h => h.Connection == 0) >= 3, TimeSpan.FromSeconds(5), "three heartbeats");
        await discord.DispatchAsync("TYPING_START", new JsonObject { ["channel_id"] = discord.Events.ChannelId, ["user_id"] = discord.Events.UserId, ["timestamp"] = 1 });
        var sequence = discord.Sequence;
        await discord.WaitUntilAsync(d => d.Heartbeats.Any(h => h.Data?.GetValue<int?>() == sequence), TimeSpan.FromSeconds(5), "a heartbeat with the new sequence");
        await discord.WaitUntilAsync(d => d.Heartbeats.Count(h => h.Connection == 0) >= 6, TimeSpan.FromSeconds(5), "six heartbeats");

        var hello = discord.Frames.First(f => f.Connection == 0 && !f.FromClient && f.Op == 10);
        var beats = discord.Heartbeats.Where(h => h.Connection == 0).ToList();
        Assert.InRange(beats[0].Time - hello.Time, TimeSpan.Zero, Interval + TimeSpan.FromMilliseconds(100));
        var gaps = beats.Zip(beats.Skip(1), (a, b) => b.Time - a.Time).ToList();
        Assert.All(gaps, gap => Assert.InRange(gap, Interval * 0.6, Interval * 2));
        Assert.InRange(TimeSpan.FromTicks((long)gaps.Average(g => g.Ticks)), Interval * 0.8, Interval * 1.4);

        var dispatches = discord.Frames.Where(f => f.Connection == 0 && !f.FromClient && f.Op == 0).ToList();
        foreach (var beat in beats)
        {
            // The sequence of the last dispatch sent before the beat; one sent in the last 50 ms may still be in flight.
            int? Last(DateTimeOffset until) => dispatches.Where(f => f.Time <= until).Select(f => (int?)f.Payload!["s"]!.GetValue<int>()).LastOrDefault();
            var carried = beat.Data?.GetValue<int?>();
            var newest = Last(beat.Time);
            var settled = Last(beat.Time - TimeSpan.FromMilliseconds(50));
            Assert.True(carried == newest || carried == settled, $"a heartbeat carried {carried?.ToString() ?? "null"}, the last sequence was {newest?.ToString() ?? "null"}");
        }
    }

    [Fact(Timeout = 15_000)]
    public async Task Reconnect_Op7_ResumesOnTheResumeUrlWithTheSessionAndLastSequence()
    {
        await using var bot = await ScenarioHost.StartAsync();
        await bot.ReadyAsync();
        var discord = bot.Discord;
        var session = discord.SessionId;
        var sequence = discord.Sequence;

        await discord.SendReconnectAsync();
        await discord.WaitUntilAsync(d => d.Connections.Count >= 2 && d.Connections[1].Start == GatewayStart.Resume && d.HasLiveSession, TimeSpan.FromSeconds(5), "a resumed second connection");

        Assert.True(discord.Connections[1].UsedResumeUrl, discord.Connections[1].Path);
        var resume = discord.Frames.Single(f => f.Connection == 1 && f.FromClient && f.Op == 6).Data!;
        Assert.Equal(session, resume["session_id"]!.GetValue<string>());
        Assert.Equal(sequence, resume["seq"]!.GetValue<int>());
        Assert.Equal(discord.Options.Token, resume["token"]!.GetValue<string>());
        Assert.DoesNotContain(discord.Frames, f => f.Connection == 1 && f.FromClient && f.Op == 2);
    }

    [Fact(Timeout = 15_000)]
    public async Task InvalidSession_NotResumable_IdentifiesAgainOnANewConnectionAfterOneToFiveSeconds()
    {
        await using var bot = await ScenarioHost.StartAsync();
        await bot.ReadyAsync();
        var discord = bot.Discord;

        await discord.SendInvalidSessionAsync(resumable: false);
        await discord.WaitUntilAsync(d => d.Frames.Any(f => f.Connection > 0 && f.FromClient && f.Op == 2), TimeSpan.FromSeconds(8), "a new Identify");

        var invalid = discord.Frames.Single(f => !f.FromClient && f.Op == 9);
        var identify = discord.Frames.First(f => f.Connection > 0 && f.FromClient && f.Op == 2);
        Assert.Equal(GatewayStart.Identify, discord.Connections[identify.Connection].Start);
        Assert.InRange(identify.Time - invalid.Time, TimeSpan.FromSeconds(0.95), TimeSpan.FromSeconds(5.5));
        Assert.DoesNotContain(discord.Frames, f => f.FromClient && f.Op == 6);
    }

    [Fact(Timeout = 15_000)]
    public async Task Heartbeat_AcksWithheld_ClosesTheZombieWithANon1000CodeAndResumes()
    {
        await using var bot = await ScenarioHost.StartAsync();
        await bot.ReadyAsync();
        var discord = bot.Discord;
        var session = discord.SessionId;

        discord.WithholdHeartbeatAcks = true;
        await discord.WaitUntilAsync(d => d.Connections.Count >= 2 && d.Connections[1].Start == GatewayStart.Resume, TimeSpan.FromSeconds(5), "a resumed second connection");
        discord.WithholdHeartbeatAcks = false;
        await discord.WaitUntilAsync(d => d.Connections[0].Ended, TimeSpan.FromSeconds(5), "the zombie connection ended");

        var zombie = discord.Connections[0];
        Assert.True(zombie.ClosedByClient);
        Assert.NotNull(zombie.CloseStatus);
        Assert.NotEqual(WebSocketCloseStatus.NormalClosure, zombie.CloseStatus);
        Assert.True(discord.Connections[1].UsedResumeUrl);
        var resume = discord.Frames.Single(f => f.Connection == 1 && f.FromClient && f.Op == 6).Data!;
        Assert.Equal(session, resume["session_id"]!.GetValue<string>());
    }

    [Fact(Timeout = 15_000)]
    public async Task Close_4004_StopsTheHostWithExitCode2AndASentenceNamingTheTokenSetting()
    {
        await using var bot = await ScenarioHost.StartAsync();
        await bot.ReadyAsync();
        var discord = bot.Discord;

        await discord.CloseAsync(4004, "Authentication failed.");
        await bot.Host.WaitForShutdownAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.Equal(2, bot.Outcome.ExitCode);
        Assert.Contains("NewsBot:Discord:Token", bot.Outcome.Failure, StringComparison.Ordinal);
        Assert.DoesNotContain(discord.Options.Token, bot.Outcome.Failure, StringComparison.Ordinal);
        Assert.Single(discord.Connections);
    }
}
