using System.Globalization;
using AngleSharp.Dom;

namespace NewsBot.Ingestion.Reading;

/// <summary>Article metadata from a page's meta tags (Open Graph, article:*, schema.org itemprops).</summary>
internal sealed record PageMetadata(string? Title, string? SiteName, string? Author, DateTimeOffset? Published, string? CanonicalUrl)
{
    /// <summary>Reads the meta tags of <paramref name="page"/>.</summary>
    public static PageMetadata From(IDocument page)
    {
        var published = First(page,
            "meta[property='article:published_time']", "meta[name='article:published_time']", "meta[itemprop='datePublished']",
            "meta[name='pubdate']", "meta[name='date']", "meta[name='dc.date']", "time[datetime]");
        return new PageMetadata(
            First(page, "meta[property='og:title']", "meta[name='twitter:title']"),
            First(page, "meta[property='og:site_name']", "meta[name='application-name']"),
            First(page, "meta[name='author']", "meta[property='article:author']:not([content^='http'])"),
            DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null,
            First(page, "link[rel='canonical']", "meta[property='og:url']") is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri)
                && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null);
    }

    private static string? First(IDocument page, params string[] selectors)
    {
        foreach (var selector in selectors)
        {
            var element = page.QuerySelector(selector);
            var value = element?.GetAttribute("content") ?? element?.GetAttribute("datetime") ?? element?.GetAttribute("href");
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }
}
