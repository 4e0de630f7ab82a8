using System.Net;

namespace NewsBot.Discord.Rest;

/// <summary>Discord refused a request, or could not be reached, after the retries the rules allow.</summary>
internal sealed class DiscordApiException(string message, HttpStatusCode? status, int? code, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>The HTTP status, when Discord answered.</summary>
    public HttpStatusCode? Status { get; } = status;

    /// <summary>Discord's JSON error code, when it gave one.</summary>
    public int? Code { get; } = code;
}
