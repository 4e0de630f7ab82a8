namespace NewsBot.Testing.Http;

/// <summary>A response the loopback server answers with.</summary>
/// <param name="Status">HTTP status code.</param>
/// <param name="ContentType">Content-Type header value.</param>
/// <param name="Body">Response body, sent as UTF-8.</param>
public sealed record CannedResponse(int Status, string ContentType, string Body)
{
    /// <summary>Extra response headers (e.g. <c>Retry-After</c>); none by default.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>A JSON document.</summary>
    public static CannedResponse Json(int status, string body) => new(status, "application/json", body);

    /// <summary>An HTML page.</summary>
    public static CannedResponse Html(string body) => new(200, "text/html; charset=utf-8", body);

    /// <summary>An RSS feed.</summary>
    public static CannedResponse Rss(string body) => new(200, "application/rss+xml; charset=utf-8", body);

    /// <summary>An Atom feed.</summary>
    public static CannedResponse Atom(string body) => new(200, "application/atom+xml; charset=utf-8", body);

    /// <summary>A bare status with a short text body.</summary>
    public static CannedResponse Plain(int status) => new(status, "text/plain; charset=utf-8", $"status {status}");
}
