using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using NewsBot.Testing.Discord;

namespace NewsBot.Discord.Tests.StandIn;

public sealed class DiscordStandInRestTests
{
    [Fact]
    public async Task GetCurrentUser_WrongToken_Answers401WithDiscordErrorBody()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        using var http = Client(standIn, "wrong-token");

        using var response = await http.GetAsync(Url(standIn, "/users/@me"), TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("401: Unauthorized", body["message"]!.GetValue<string>());
        Assert.Equal(0, body["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task GetGatewayBot_RightToken_AnswersWsUrlAndRateLimitHeadersAndRecordsUserAgent()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        using var http = Client(standIn, standIn.Options.Token);

        using var response = await http.GetAsync(Url(standIn, "/gateway/bot"), TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(standIn.GatewayUrl.ToString(), new Uri(body["url"]!.GetValue<string>()).ToString());
        Assert.Equal(1, body["shards"]!.GetValue<int>());
        Assert.True(response.Headers.Contains("X-RateLimit-Bucket"));
        Assert.Equal("4", response.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.True(standIn.Requests.Single().HasDiscordUserAgent);
    }

    [Fact]
    public async Task PostChannelMessage_Scripted429_AnswersRetryAfterThenSucceeds()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        using var http = Client(standIn, standIn.Options.Token);
        standIn.ScriptNext("POST", DiscordRoutes.ChannelMessages, ScriptedAnswer.RateLimited(TimeSpan.FromSeconds(1.5)));

        using var limited = await http.PostAsync(Url(standIn, "/channels/42/messages"), Json("""{"content":"hello"}"""), TestContext.Current.CancellationToken);
        var limitedBody = JsonNode.Parse(await limited.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        using var accepted = await http.PostAsync(Url(standIn, "/channels/42/messages"), Json("""{"content":"hello"}"""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(1.5, limitedBody["retry_after"]!.GetValue<double>());
        Assert.False(limitedBody["global"]!.GetValue<bool>());
        Assert.Equal("2", limited.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("hello", standIn.Messages.Single().Content);
    }

    [Fact]
    public async Task UnknownRoute_AnyToken_Answers404WithDiscordErrorBody()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        using var http = Client(standIn, standIn.Options.Token);

        using var response = await http.GetAsync(Url(standIn, "/guilds/1/nothing-here"), TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("404: Not Found", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Interaction_NoCallbackWithinDeadline_IsRecordedAsDidNotRespond()
    {
        await using var standIn = await DiscordStandIn.StartAsync(new DiscordStandInOptions { FirstResponseDeadline = TimeSpan.FromMilliseconds(300) });
        using var http = Client(standIn, standIn.Options.Token);
        var ask = standIn.Events.Ask("What happened today?");

        await standIn.DispatchAsync("INTERACTION_CREATE", ask);
        await standIn.WaitUntilAsync(s => s.FailedInteractions.Count > 0, what: "the interaction to fail");
        using var late = await http.PostAsync(Callback(standIn, ask), Json("""{"type":5}"""), TestContext.Current.CancellationToken);

        Assert.Equal(FailedInteraction.DidNotRespond, standIn.FailedInteractions.Single().Reason);
        Assert.Equal(ask["id"]!.GetValue<string>(), standIn.FailedInteractions.Single().InteractionId);
        Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
    }

    [Fact]
    public async Task Interaction_DeferredThenEdited_ShowsEditedAnswerAndNoFailure()
    {
        await using var standIn = await DiscordStandIn.StartAsync(new DiscordStandInOptions { FirstResponseDeadline = TimeSpan.FromSeconds(3) });
        using var http = Client(standIn, standIn.Options.Token);
        var ask = standIn.Events.Ask("What happened today?");

        await standIn.DispatchAsync("INTERACTION_CREATE", ask);
        using var deferred = await http.PostAsync(Callback(standIn, ask), Json("""{"type":5}"""), TestContext.Current.CancellationToken);
        var original = Url(standIn, $"/webhooks/{standIn.Options.ApplicationId}/{ask["token"]}/messages/@original");
        using var edited = await http.PatchAsync(original, Json("""{"content":"Answer [1]"}"""), TestContext.Current.CancellationToken);
        await Task.Delay(500, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, deferred.StatusCode);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("Answer [1]", standIn.Messages.Single().Content);
        Assert.Empty(standIn.FailedInteractions);
    }

    private static HttpClient Client(DiscordStandIn standIn, string token)
    {
        var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", token);
        http.DefaultRequestHeaders.UserAgent.ParseAdd("DiscordBot (https://example.org/newsbot, 1.0)");
        return http;
    }

    private static Uri Url(DiscordStandIn standIn, string path) => new(standIn.ApiBaseUrl + path);

    private static Uri Callback(DiscordStandIn standIn, JsonObject interaction) =>
        Url(standIn, $"/interactions/{interaction["id"]}/{interaction["token"]}/callback");

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
