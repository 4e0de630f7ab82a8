using System.Text.Json;
using NewsBot.Discord;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Tests.Bot;

/// <summary>A hand-written <see cref="IDiscordRest"/> that records each request (method, route, body as JSON) and answers messages with an id.</summary>
internal sealed class RecordingRest : IDiscordRest
{
    private readonly List<(HttpMethod Method, string Route, JsonElement Body)> requests = [];
    private int nextId = 9000;

    /// <summary>A copy of the requests received so far, safe to read while the bot is still sending.</summary>
    public IReadOnlyList<(HttpMethod Method, string Route, JsonElement Body)> Requests
    {
        get
        {
            lock (requests)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>Forgets the requests received so far.</summary>
    public void Clear()
    {
        lock (requests)
        {
            requests.Clear();
        }
    }

    public Task<JsonElement?> SendAsync(HttpMethod method, string route, object? body, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToElement(body, DiscordJson.Options);
        lock (requests)
        {
            requests.Add((method, route, json));
            var id = Interlocked.Increment(ref nextId);
            return Task.FromResult<JsonElement?>(route.StartsWith("channels/", StringComparison.Ordinal)
                ? JsonSerializer.SerializeToElement(new { id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) })
                : null);
        }
    }
}
