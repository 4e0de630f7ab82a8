using System.Net;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Tests.Rest;

public sealed class DiscordRestInteractionTests
{
    [Fact]
    public async Task SendAsync_EditOriginalOfExpiredInteraction404_NotRetried()
    {
        using var rest = new RestHarness((_, _) => ScriptedHandler.Json(HttpStatusCode.NotFound, """{"message":"Unknown Webhook","code":10015}"""));

        var failure = await Assert.ThrowsAsync<DiscordApiException>(() => rest.DriveAsync(rest.Client.SendAsync(
            HttpMethod.Patch, "webhooks/1100000000000000001/expired-interaction-token/messages/@original", new { Content = "late answer" }, TestContext.Current.CancellationToken)));

        Assert.Equal(HttpStatusCode.NotFound, failure.Status);
        Assert.Equal(10015, failure.Code);
        Assert.Equal(1, rest.Handler.Count);
        Assert.DoesNotContain("expired-interaction-token", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_SixtyInteractionResponsesAtOnce_NotHeldByTheFiftyPerSecondCap()
    {
        using var rest = new RestHarness((_, _) => ScriptedHandler.Json(HttpStatusCode.NoContent, ""));
        var cancel = TestContext.Current.CancellationToken;

        // Discord does not count interaction responses against the bot's global limit; holding them would risk the 3 s deadline.
        var all = Enumerable.Range(1, 60).Select(i => rest.Client.SendAsync(HttpMethod.Post, $"interactions/{i}/token-{i}/callback", new { Type = 5 }, cancel)).ToArray();
        await Task.WhenAll(all).WaitAsync(TimeSpan.FromSeconds(5), cancel);

        Assert.Equal(60, rest.Handler.Count);
        Assert.All(rest.Handler.Requests, r => Assert.Equal(rest.Start, r.At));
    }
}
