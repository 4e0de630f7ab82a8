using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Ingestion.Reading;

/// <summary>
/// Fetches web pages and feeds over http(s) (a typed client with standard resilience): within a deadline that covers
/// redirects, headers and body; following at most <see cref="MaxRedirects"/> redirects itself, so each hop's scheme is
/// checked and its address goes through <see cref="AddressGuard"/>; decompressing gzip, deflate and brotli; and
/// stopping at <see cref="IngestionOptions.MaxPageBytes"/> of decompressed bytes.
/// </summary>
internal sealed class WebFetcher(HttpClient client, IOptions<IngestionOptions> options, TimeProvider time, ILogger<WebFetcher> logger)
{
    /// <summary>The most redirects followed for one fetch.</summary>
    public const int MaxRedirects = 5;

    private const string AllowSetting = "set NewsBot:Ingestion:AllowPrivateNetworks=true to allow private networks";

    /// <summary>Fetches <paramref name="uri"/>; throws <see cref="ReadException"/> naming the URL when that fails.</summary>
    public async Task<WebDocument> FetchAsync(Uri uri, CancellationToken cancellationToken)
    {
        if (!IsWeb(uri))
        {
            throw new ReadException($"{uri} uses the scheme \"{uri.Scheme}\"; only http and https addresses are fetched.");
        }

        var settings = options.Value;
        using var deadline = new CancellationTokenSource(settings.FetchTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            var (response, final) = await FollowAsync(uri, linked.Token);
            using (response)
            {
                var bytes = await ReadCappedAsync(response.Content, uri, settings.MaxPageBytes, linked.Token);
                var text = TextDecoder.Decode(bytes, response.Content.Headers.ContentType?.CharSet, uri.AbsoluteUri);
                return new WebDocument(final, response.Content.Headers.ContentType?.MediaType, text);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new ReadException(
                $"{uri} did not finish loading within {settings.FetchTimeoutSeconds} seconds (NewsBot:Ingestion:FetchTimeoutSeconds).");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ReadException($"{uri} did not answer in time.");
        }
        catch (HttpRequestException exception)
        {
            var status = exception.StatusCode is { } code ? $" (HTTP {(int)code})" : string.Empty;
            throw new ReadException($"{uri} could not be fetched{status}: {exception.Message}", exception);
        }
        catch (Exception exception) when (exception is not ReadException and not OperationCanceledException)
        {
            throw new ReadException($"{uri} could not be fetched: {exception.Message}", exception);
        }
    }

    private static bool IsWeb(Uri uri) => uri.IsAbsoluteUri && uri.Scheme is "http" or "https";

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>Requests <paramref name="uri"/> and follows its redirects; returns the final successful response and its address.</summary>
    private async Task<(HttpResponseMessage Response, Uri Final)> FollowAsync(Uri uri, CancellationToken cancellationToken)
    {
        var visited = new HashSet<Uri> { uri };
        var hop = uri;
        for (var followed = 0; ; followed++)
        {
            var response = await SendAsync(uri, hop, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return (response, hop);
            }

            using (response)
            {
                if (!IsRedirect(response.StatusCode))
                {
                    var prefix = hop == uri ? $"{uri}" : $"{uri} redirects to {hop}, which";
                    throw new ReadException($"{prefix} answered HTTP {(int)response.StatusCode} ({response.ReasonPhrase ?? response.StatusCode.ToString()}).");
                }

                if (response.Headers.Location is not { } location)
                {
                    throw new ReadException($"{uri} answered a redirect (HTTP {(int)response.StatusCode}) without saying where to.");
                }

                var next = location.IsAbsoluteUri ? location : new Uri(hop, location);
                if (!IsWeb(next))
                {
                    throw new ReadException(
                        $"{uri} redirects to {next}, which uses the scheme \"{next.Scheme}\"; only http and https addresses are fetched.");
                }

                if (!visited.Add(next))
                {
                    throw new ReadException($"{uri} redirects in a loop (back to {next}).");
                }

                if (followed == MaxRedirects)
                {
                    throw new ReadException($"{uri} redirects more than {MaxRedirects} times; NewsBot follows at most {MaxRedirects}.");
                }

                logger.Redirected(hop, next);
                hop = next;
            }
        }
    }

    private async Task<HttpResponseMessage> SendAsync(Uri uri, Uri hop, CancellationToken cancellationToken)
    {
        logger.Fetching(hop);
        try
        {
            return await client.GetAsync(hop, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException exception) when (AddressRefusedException.Within(exception) is { } refusal)
        {
            var what = hop == uri ? $"{uri} refused" : $"{uri} redirects to {hop}, refused";
            throw new ReadException($"{what}: {refusal.Message}; {AllowSetting}.");
        }
    }

    private static async Task<byte[]> ReadCappedAsync(HttpContent content, Uri uri, int maxBytes, CancellationToken cancellationToken)
    {
        var encodings = content.Headers.ContentEncoding;
        var compressed = encodings.Any(e => !e.Equals("identity", StringComparison.OrdinalIgnoreCase));
        if (!compressed && content.Headers.ContentLength > maxBytes)
        {
            throw TooLarge(uri, maxBytes, compressed);
        }

        await using var raw = await content.ReadAsStreamAsync(cancellationToken);
        await using var stream = ContentDecoding.Decode(raw, encodings, uri);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(uri, maxBytes, compressed);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ReadException TooLarge(Uri uri, int maxBytes, bool compressed)
    {
        var limit = maxBytes % (1024 * 1024) == 0 ? $"{maxBytes / (1024 * 1024)} MB" : $"{maxBytes} bytes";
        var after = compressed ? " once decompressed" : "";
        return new ReadException($"{uri} is larger than the {limit} limit for a page{after} (NewsBot:Ingestion:MaxPageBytes).");
    }
}
