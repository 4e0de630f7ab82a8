using System.Text.Json.Nodes;

namespace NewsBot.Testing.Discord;

/// <summary>A REST request the stand-in received, with the status it answered.</summary>
/// <param name="Method">HTTP method, upper case.</param>
/// <param name="Path">The path below the API base, e.g. <c>/channels/1/messages</c>.</param>
/// <param name="Query">The query string including <c>?</c>, or empty.</param>
/// <param name="Route">The route template matched, e.g. <see cref="DiscordRoutes.ChannelMessages"/>; null when unknown.</param>
/// <param name="Headers">Request headers (names lower case; repeated values joined with a comma).</param>
/// <param name="Body">The raw body text.</param>
/// <param name="Json">The body parsed as JSON, or null when empty or not JSON.</param>
/// <param name="Time">When it arrived, by the stand-in's clock.</param>
/// <param name="Status">The status code answered.</param>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Query,
    string? Route,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    JsonNode? Json,
    DateTimeOffset Time,
    int Status)
{
    /// <summary>The <c>User-Agent</c> header, or null.</summary>
    public string? UserAgent => Headers.TryGetValue("user-agent", out var value) ? value : null;

    /// <summary>True when the User-Agent has Discord's required form <c>DiscordBot (url, version)</c>.</summary>
    public bool HasDiscordUserAgent => UserAgent is { } agent && DiscordUserAgent.IsValid(agent);
}
