using System.Net.Http.Headers;
using NewsBot.Testing.Discord;

namespace NewsBot.Discord.Tests.StandIn;

public sealed class DiscordStandInRequestWaitTests
{
    [Fact]
    public async Task RequestAsync_MatchingRequestArrivesLater_ReturnsThatRequest()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", standIn.Options.Token);
        var cancel = TestContext.Current.CancellationToken;

        var waiting = standIn.RequestAsync(r => r.Route == DiscordRoutes.CurrentUser);
        using (await http.GetAsync(new Uri(standIn.ApiBaseUrl + "/gateway/bot"), cancel))
        {
        }

        var pendingAfterOtherRoute = !waiting.IsCompleted;
        using (await http.GetAsync(new Uri(standIn.ApiBaseUrl + "/users/@me"), cancel))
        {
        }

        var seen = await waiting;
        Assert.True(pendingAfterOtherRoute, "a request to another route satisfied the wait");
        Assert.Equal("/users/@me", seen.Path);
        Assert.Equal(200, seen.Status);
    }

    [Fact]
    public async Task RequestAsync_AlreadyReceived_ReturnsItAtOnce()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", standIn.Options.Token);
        using (await http.GetAsync(new Uri(standIn.ApiBaseUrl + "/gateway/bot"), TestContext.Current.CancellationToken))
        {
        }

        var seen = await standIn.RequestAsync(r => r.Route == DiscordRoutes.GatewayBot, TimeSpan.FromSeconds(1));

        Assert.Equal("GET", seen.Method);
    }
}
