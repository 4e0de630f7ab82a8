using System.IO.Compression;

namespace NewsBot.Ingestion.Reading;

/// <summary>Undoes the <c>Content-Encoding</c> of a response body (gzip, deflate, brotli) as it streams.</summary>
internal static class ContentDecoding
{
    /// <summary>The encodings asked for in <c>Accept-Encoding</c>.</summary>
    public static readonly string[] Accepted = ["gzip", "deflate", "br"];

    /// <summary>
    /// Wraps <paramref name="body"/> so that reading it yields the decoded bytes; throws <see cref="ReadException"/>
    /// for an encoding NewsBot cannot decode.
    /// </summary>
    public static Stream Decode(Stream body, ICollection<string> encodings, Uri uri)
    {
        // Encodings are listed in the order they were applied, so they are undone from the last.
        foreach (var encoding in encodings.Reverse())
        {
            body = encoding.Trim().ToLowerInvariant() switch
            {
                "gzip" or "x-gzip" => new GZipStream(body, CompressionMode.Decompress),
                "deflate" => new ZLibStream(body, CompressionMode.Decompress),
                "br" => new BrotliStream(body, CompressionMode.Decompress),
                "identity" or "" => body,
                var other => throw new ReadException($"{uri} is sent with the content encoding \"{other}\", which NewsBot cannot decode."),
            };
        }

        return body;
    }
}
