using System.Text.Json;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Sends requests to Discord's REST API with the bot's authorization, keeping to its rate limits (per bucket and
/// global, retrying a 429 after <c>retry_after</c> and a 5xx with backoff). Failures that remain are
/// <see cref="DiscordApiException"/>s.
/// </summary>
internal interface IDiscordRest
{
    /// <summary>
    /// Sends <paramref name="body"/> (serialised with <see cref="DiscordJson.Options"/>, or no body when null) to
    /// <paramref name="route"/>, a path relative to <c>ApiBaseUrl</c> such as <c>channels/123/messages</c>, and returns
    /// the response's JSON, or null when it has none.
    /// </summary>
    Task<JsonElement?> SendAsync(HttpMethod method, string route, object? body, CancellationToken cancellationToken);
}
