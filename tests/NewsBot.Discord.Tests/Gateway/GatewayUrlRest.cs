using System.Text.Json;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>Answers <c>GET gateway/bot</c> with a fixed URL and <c>session_start_limit</c>.</summary>
internal sealed class GatewayUrlRest(string url = "wss://gateway.test", string sessionStartLimit = """{"total":1000,"remaining":1000,"reset_after":0,"max_concurrency":1}""") : IDiscordRest
{
    public Task<JsonElement?> SendAsync(HttpMethod method, string route, object? body, CancellationToken cancellationToken)
    {
        Assert.Equal("gateway/bot", route);
        using var document = JsonDocument.Parse($$$"""{"url":"{{{url}}}","shards":1,"session_start_limit":{{{sessionStartLimit}}}}""");
        return Task.FromResult<JsonElement?>(document.RootElement.Clone());
    }
}
