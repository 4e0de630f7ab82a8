using System.Net;
using NewsBot.Discord.Rest;
using NewsBot.Testing.Http;

namespace NewsBot.Discord.Tests.Rest;

public sealed class DiscordRestClientTests
{

    [Fact]
    public async Task SendAsync_TooManyRequests_WaitsRetryAfterThenSucceeds()
    {
        using var rest = new RestHarness((_, n) => n == 1
            ? ScriptedHandler.Json(HttpStatusCode.TooManyRequests, """{"message":"You are being rate limited.","retry_after":2.5,"global":false}""")
            : ScriptedHandler.Json(HttpStatusCode.OK, """{"id":"42"}"""));

        var answer = await rest.DriveAsync(rest.Client.SendAsync(HttpMethod.Post, "channels/1/messages", new { Content = "hi" }, TestContext.Current.CancellationToken));

        Assert.Equal("42", answer!.Value.GetProperty("id").GetString());
        var times = rest.Handler.Requests.Select(r => r.At).ToArray();
        Assert.Equal(2, times.Length);
        Assert.True(times[1] - times[0] >= TimeSpan.FromSeconds(2.5), $"retried after {times[1] - times[0]}");
    }

    [Fact]
    public async Task SendAsync_GlobalTooManyRequests_HoldsOtherRoutesToo()
    {
        using var rest = new RestHarness((request, n) => n == 1
            ? ScriptedHandler.Json(HttpStatusCode.TooManyRequests, """{"message":"slow down","retry_after":3,"global":true}""", ("X-RateLimit-Global", "true"))
            : ScriptedHandler.Json(HttpStatusCode.OK, "{}"));
        var cancel = TestContext.Current.CancellationToken;

        var first = rest.Client.SendAsync(HttpMethod.Post, "channels/1/messages", null, cancel);
        while (rest.Handler.Count < 1)
        {
            await Task.Delay(5, cancel);
        }

        var other = rest.Client.SendAsync(HttpMethod.Post, "channels/2/messages", null, cancel);
        await rest.DriveAsync(Task.WhenAll(first, other).ContinueWith(_ => 0, cancel));

        var otherAt = rest.Handler.Requests.Where(r => r.Path.EndsWith("/channels/2/messages", StringComparison.Ordinal)).Single().At;
        Assert.True(otherAt - rest.Start >= TimeSpan.FromSeconds(3), $"another route was sent {otherAt - rest.Start} in, inside the global pause");
    }

    [Fact]
    public async Task SendAsync_ServerErrorsThenSuccess_RetriedAndSucceeds()
    {
        using var rest = new RestHarness((_, n) => n <= 2
            ? ScriptedHandler.Json(HttpStatusCode.BadGateway, "")
            : ScriptedHandler.Json(HttpStatusCode.OK, """{"ok":true}"""));

        var answer = await rest.DriveAsync(rest.Client.SendAsync(HttpMethod.Get, "gateway/bot", null, TestContext.Current.CancellationToken));

        Assert.True(answer!.Value.GetProperty("ok").GetBoolean());
        Assert.Equal(3, rest.Handler.Count);
    }

    [Fact]
    public async Task SendAsync_ServerErrorPersists_ThrowsAfterAFewTries()
    {
        using var rest = new RestHarness((_, _) => ScriptedHandler.Json(HttpStatusCode.InternalServerError, """{"message":"oops","code":0}"""));

        var failure = await Assert.ThrowsAsync<DiscordApiException>(() =>
            rest.DriveAsync(rest.Client.SendAsync(HttpMethod.Get, "gateway/bot", null, TestContext.Current.CancellationToken)));

        Assert.Equal(HttpStatusCode.InternalServerError, failure.Status);
        Assert.Equal(DiscordRestClient.MaxServerFailures, rest.Handler.Count);
    }

    [Fact]
    public async Task SendAsync_InteractionCallbackNotFound_NotRetriedAndCarriesCode()
    {
        using var rest = new RestHarness((_, _) => ScriptedHandler.Json(HttpStatusCode.NotFound, """{"message":"Unknown interaction","code":10062}"""));

        var failure = await Assert.ThrowsAsync<DiscordApiException>(() => rest.DriveAsync(
            rest.Client.SendAsync(HttpMethod.Post, "interactions/123/secret-interaction-token/callback", new { Type = 4 }, TestContext.Current.CancellationToken)));

        Assert.Equal(HttpStatusCode.NotFound, failure.Status);
        Assert.Equal(10062, failure.Code);
        Assert.Equal(1, rest.Handler.Count);
        Assert.DoesNotContain("secret-interaction-token", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_BucketExhausted_WaitsUntilResetButOtherChannelsGoOn()
    {
        using var rest = new RestHarness((_, _) => ScriptedHandler.Json(
            HttpStatusCode.OK, "{}", ("X-RateLimit-Bucket", "abc"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "4")));
        var cancel = TestContext.Current.CancellationToken;
        await rest.Client.SendAsync(HttpMethod.Post, "channels/1/messages", null, cancel);

        var otherChannel = rest.Client.SendAsync(HttpMethod.Post, "channels/2/messages", null, cancel);
        await otherChannel.WaitAsync(TimeSpan.FromSeconds(5), cancel);
        var sameChannel = await rest.DriveAsync(rest.Client.SendAsync(HttpMethod.Post, "channels/1/messages", null, cancel));

        var sameAt = rest.Handler.Requests.Where(r => r.Path.EndsWith("/channels/1/messages", StringComparison.Ordinal)).Last().At;
        Assert.Equal(rest.Start, rest.Handler.Requests.Single(r => r.Path.EndsWith("/channels/2/messages", StringComparison.Ordinal)).At);
        Assert.True(sameAt - rest.Start >= TimeSpan.FromSeconds(4), $"sent {sameAt - rest.Start} in, before the bucket reset");
    }

    [Fact]
    public async Task SendAsync_ManyRequestsAtOnce_NoMoreThanFiftyInASecond()
    {
        using var rest = new RestHarness((_, _) => ScriptedHandler.Json(HttpStatusCode.OK, "{}"));
        var cancel = TestContext.Current.CancellationToken;

        var all = Enumerable.Range(1, 60).Select(i => rest.Client.SendAsync(HttpMethod.Post, $"channels/{i}/messages", null, cancel)).ToArray();
        var giveUp = DateTime.UtcNow.AddSeconds(5);
        while (rest.Handler.Count < DiscordRateLimits.RequestsPerSecond && DateTime.UtcNow < giveUp)
        {
            await Task.Delay(5, cancel);
        }

        await Task.Delay(100, cancel);
        Assert.Equal(DiscordRateLimits.RequestsPerSecond, rest.Handler.Count);
        rest.Time.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(all).WaitAsync(TimeSpan.FromSeconds(5), cancel);
        Assert.Equal(60, rest.Handler.Count);
    }

    [Fact]
    public async Task SendAsync_OverRealHttp_SendsBotAuthorizationUserAgentAndSnakeCaseBody()
    {
        await using var server = LoopbackHttpServer.Start();
        string? authorization = null, userAgent = null, body = null;
        server.Map("/api/v10/channels/7/messages", request =>
        {
            authorization = request.Headers["Authorization"];
            userAgent = request.Headers["User-Agent"];
            using var reader = new StreamReader(request.InputStream);
            body = reader.ReadToEnd();
            return CannedResponse.Json(200, """{"id":"9"}""");
        });
        using var limits = new DiscordRateLimits(TimeProvider.System);
        var options = Microsoft.Extensions.Options.Options.Create(new DiscordOptions { Token = RestHarness.Token, ApiBaseUrl = server.Url("api/v10") });
        using var http = new HttpClient();
        var client = new DiscordRestClient(http, limits, options, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<DiscordRestClient>.Instance);

        var answer = await client.SendAsync(HttpMethod.Post, "channels/7/messages", new { Content = "hello", AllowedMentions = new { Parse = Array.Empty<string>() } }, TestContext.Current.CancellationToken);

        Assert.Equal("9", answer!.Value.GetProperty("id").GetString());
        Assert.Equal($"Bot {RestHarness.Token}", authorization);
        Assert.StartsWith("DiscordBot (https://github.com/newsbot, ", userAgent, StringComparison.Ordinal);
        Assert.Equal("""{"content":"hello","allowed_mentions":{"parse":[]}}""", body);
    }
}
