using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Tests.Gateway;
using NewsBot.Testing.Discord;

namespace NewsBot.Discord.Tests.StandIn;

public sealed class DiscordStandInSessionStartTests
{
    [Fact]
    public async Task GetGatewayBot_AfterAnIdentify_ReportsOneSessionStartFewerAndTheTimeToReset()
    {
        var time = new FakeTimeProvider();
        await using var standIn = await DiscordStandIn.StartAsync(new DiscordStandInOptions { TimeProvider = time, SessionStartResetAfter = TimeSpan.FromHours(3) });
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", standIn.Options.Token);

        var before = await LimitAsync(http, standIn);
        await using (var client = await RawGatewayClient.ConnectAsync(new Uri(standIn.GatewayUrl + "?v=10&encoding=json")))
        {
            await client.ReceiveAsync();
            await client.SendAsync(RawGatewayClient.Identify(standIn.Options.Token));
            await client.ReceiveOpAsync(0, "READY");
        }

        time.Advance(TimeSpan.FromHours(1));
        var after = await LimitAsync(http, standIn);

        Assert.Equal(1000, before["total"]!.GetValue<int>());
        Assert.Equal(1000, before["remaining"]!.GetValue<int>());
        Assert.Equal(3 * 3_600_000, before["reset_after"]!.GetValue<int>());
        Assert.Equal(1, before["max_concurrency"]!.GetValue<int>());
        Assert.Equal(999, after["remaining"]!.GetValue<int>());
        Assert.Equal(2 * 3_600_000, after["reset_after"]!.GetValue<int>());
    }

    [Fact]
    public async Task Identify_NoSessionStartsLeft_ClosedWith4004AsDiscordResetsTheToken()
    {
        await using var standIn = await DiscordStandIn.StartAsync(new DiscordStandInOptions { SessionStartsRemaining = 0 });
        await using var client = await RawGatewayClient.ConnectAsync(new Uri(standIn.GatewayUrl + "?v=10&encoding=json"));

        await client.ReceiveAsync();
        await client.SendAsync(RawGatewayClient.Identify(standIn.Options.Token));
        var next = await client.ReceiveAsync();

        Assert.Null(next);
        Assert.Equal(4004, (int)client.CloseStatus!);
        Assert.Equal(1, standIn.IdentifiesOverSessionLimit);
        Assert.Null(standIn.SessionId);
    }

    [Fact]
    public async Task GatewayClient_StandInHasNoSessionStartsLeft_WaitsResetAfterThenIdentifiesWithinTheLimit()
    {
        var time = new FakeTimeProvider();
        await using var standIn = await DiscordStandIn.StartAsync(new DiscordStandInOptions
        {
            TimeProvider = time,
            SessionStartsRemaining = 0,
            SessionStartResetAfter = TimeSpan.FromSeconds(30),
            HeartbeatInterval = TimeSpan.FromMinutes(1),
        });
        var options = Options.Create(new DiscordOptions { Token = standIn.Options.Token, ApiBaseUrl = standIn.ApiBaseUrl });
        using var limits = new DiscordRateLimits(time);
        using var http = new HttpClient();
        var rest = new DiscordRestClient(http, limits, options, time, NullLogger<DiscordRestClient>.Instance);
        var logs = new FakeLogger<GatewayClient>();
        var handler = new RecordingDispatchHandler();
        var client = new GatewayClient(rest, new WebSocketGatewayConnector(time), handler, options, time, logs, new FixedRandom(0.5));
        using var stopping = new CancellationTokenSource();
        var run = client.RunAsync(stopping.Token);

        await standIn.WaitUntilAsync(s => s.Requests.Any(r => r.Route == DiscordRoutes.GatewayBot), what: "GET /gateway/bot");
        await standIn.WaitUntilAsync(_ => logs.Collector.GetSnapshot().Any(r => r.Id.Id == 4111), what: "the wait logged");
        await Task.Delay(150, TestContext.Current.CancellationToken);
        var connectedEarly = standIn.Connections.Count;
        time.Advance(TimeSpan.FromSeconds(30));
        await standIn.WaitUntilAsync(s => s.HasLiveSession, what: "a session");
        await stopping.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken));

        Assert.Equal(0, connectedEarly);
        Assert.Equal(GatewayStart.Identify, standIn.Connections.Single().Start);
        Assert.Equal(0, standIn.IdentifiesOverSessionLimit);
        Assert.Contains("30", logs.Collector.GetSnapshot().Single(r => r.Id.Id == 4111).Message, StringComparison.Ordinal);
    }

    private static async Task<JsonObject> LimitAsync(HttpClient http, DiscordStandIn standIn)
    {
        var body = JsonNode.Parse(await http.GetStringAsync(new Uri(standIn.ApiBaseUrl + "/gateway/bot"), TestContext.Current.CancellationToken))!;
        return body["session_start_limit"]!.AsObject();
    }
}
