using System.Text.Json;
using NewsBot.Discord;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Tests.Bot;

/// <summary>A hand-written <see cref="IDiscordRest"/> that records each request (method, route, body as JSON) and answers messages with an id.</summary>
internal sealed class RecordingRest : IDiscordRest
{
    private int nextId = 9000;

    public List<(HttpMethod Method, string Route, JsonElement Body)> Requests { get; } = [];

    public Task<JsonElement?> SendAsync(HttpMethod method, string route, object? body, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToElement(body, DiscordJson.Options);
        lock (Requests)
        {
            Requests.Add((method, route, json));
            var id = Interlocked.Increment(ref nextId);
            return Task.FromResult<JsonElement?>(route.StartsWith("channels/", StringComparison.Ordinal)
                ? JsonSerializer.SerializeToElement(new { id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) })
                : null);
        }
    }
}
