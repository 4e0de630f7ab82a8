namespace NewsBot.Testing.Http;

/// <summary>A response the loopback server answers with.</summary>
/// <param name="Status">HTTP status code.</param>
/// <param name="ContentType">Content-Type header value.</param>
/// <param name="Body">Response body, sent as UTF-8.</param>
public sealed record CannedResponse(int Status, string ContentType, string Body)
{
    /// <summary>Extra response headers (e.g. <c>Retry-After</c>); none by default.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Raw body bytes sent instead of <see cref="Body"/> (e.g. gzip-compressed or Windows-1252 text); null sends <see cref="Body"/>.</summary>
    public byte[]? BodyBytes { get; init; }

    /// <summary>
    /// When set, the server sends the headers and the first half of the body, then stalls this long (or until it is
    /// disposed) before sending the rest: a server that hangs mid-body.
    /// </summary>
    public TimeSpan? StallMidBody { get; init; }

    /// <summary>
    /// When set, the body is sent in these parts with chunked transfer encoding, each flushed before the next (a
    /// server-sent event stream); <see cref="Body"/> is ignored.
    /// </summary>
    public IReadOnlyList<string>? Parts { get; init; }

    /// <summary>A server-sent event stream of <paramref name="parts"/>.</summary>
    public static CannedResponse EventStream(IReadOnlyList<string> parts) => new(200, "text/event-stream; charset=utf-8", string.Empty) { Parts = parts };

    /// <summary>A JSON document.</summary>
    public static CannedResponse Json(int status, string body) => new(status, "application/json", body);

    /// <summary>An HTML page.</summary>
    public static CannedResponse Html(string body) => new(200, "text/html; charset=utf-8", body);

    /// <summary>An RSS feed.</summary>
    public static CannedResponse Rss(string body) => new(200, "application/rss+xml; charset=utf-8", body);

    /// <summary>An Atom feed.</summary>
    public static CannedResponse Atom(string body) => new(200, "application/atom+xml; charset=utf-8", body);

    /// <summary>A redirect (HTTP 302 unless <paramref name="status"/> says otherwise) to <paramref name="location"/>.</summary>
    public static CannedResponse Redirect(string location, int status = 302) =>
        new(status, "text/plain; charset=utf-8", string.Empty) { Headers = new Dictionary<string, string> { ["Location"] = location } };

    /// <summary>Raw bytes with a content type and extra headers (e.g. <c>Content-Encoding</c>).</summary>
    public static CannedResponse Bytes(string contentType, byte[] body, IReadOnlyDictionary<string, string>? headers = null) =>
        new(200, contentType, string.Empty) { BodyBytes = body, Headers = headers ?? new Dictionary<string, string>() };

    /// <summary>A bare status with a short text body.</summary>
    public static CannedResponse Plain(int status) => new(status, "text/plain; charset=utf-8", $"status {status}");
}
