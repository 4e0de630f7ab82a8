using System.ComponentModel.DataAnnotations;

namespace NewsBot.Ingestion.Reading;

/// <summary>How pages and feeds are fetched from the web (section <c>NewsBot:Ingestion</c>).</summary>
public sealed class IngestionOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "NewsBot:Ingestion";

    /// <summary>
    /// Seconds allowed for one fetched item, from the request to the last byte of the body, redirects and retries
    /// included. A whole number of seconds, so that "30" cannot be read as thirty days.
    /// </summary>
    [Range(1, 600, ErrorMessage = "NewsBot:Ingestion:FetchTimeoutSeconds must be between {1} and {2}.")]
    public int FetchTimeoutSeconds { get; set; } = 30;

    /// <summary>The largest page or feed read, in bytes, counted after decompression.</summary>
    [Range(1024, 256 * 1024 * 1024, ErrorMessage = "NewsBot:Ingestion:MaxPageBytes must be between {1} and {2}.")]
    public int MaxPageBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// When false (the default), addresses on loopback, private, link-local, unique-local, multicast and similar
    /// networks are refused, for the first request and every redirect, so a feed cannot make NewsBot probe the
    /// machine it runs on or the network around it.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>The fetch deadline as a time span.</summary>
    public TimeSpan FetchTimeout => TimeSpan.FromSeconds(FetchTimeoutSeconds);
}
