using System.Text;
using Microsoft.Extensions.Logging;

namespace NewsBot.Ingestion.Reading;

/// <summary>Fetches web pages and feeds over http(s) with a size cap (a typed client with standard resilience).</summary>
internal sealed class WebFetcher(HttpClient client, ILogger<WebFetcher> logger)
{
    /// <summary>The largest response body read, in bytes.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>The overall time allowed for one fetch, retries included.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Fetches <paramref name="uri"/>; throws <see cref="ReadException"/> naming the URL when that fails.</summary>
    public async Task<WebDocument> FetchAsync(Uri uri, CancellationToken cancellationToken)
    {
        if (uri.Scheme is not ("http" or "https"))
        {
            throw new ReadException($"{uri} uses the scheme \"{uri.Scheme}\"; only http and https addresses are fetched.");
        }

        logger.Fetching(uri);
        try
        {
            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new ReadException($"{uri} answered HTTP {(int)response.StatusCode} ({response.ReasonPhrase ?? response.StatusCode.ToString()}).");
            }

            if (response.Content.Headers.ContentLength > MaxBytes)
            {
                throw new ReadException($"{uri} is larger than the {MaxBytes / (1024 * 1024)} MB limit for a page.");
            }

            var bytes = await ReadCappedAsync(response.Content, uri, cancellationToken);
            var encoding = EncodingOf(response.Content.Headers.ContentType?.CharSet);
            var text = encoding.GetString(bytes);
            return new WebDocument(response.RequestMessage?.RequestUri ?? uri, response.Content.Headers.ContentType?.MediaType, text);
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

    private static async Task<byte[]> ReadCappedAsync(HttpContent content, Uri uri, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new ReadException($"{uri} is larger than the {MaxBytes / (1024 * 1024)} MB limit for a page.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static Encoding EncodingOf(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return Encoding.UTF8;
        }

        try
        {
            return Encoding.GetEncoding(charset.Trim('"', '\''));
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }
}
