using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace NewsBot.Ingestion.Reading;

/// <summary>
/// Reads HTML files and web pages: main content by SmartReader, with title, byline, published time
/// and site name (as outlet) from the page's meta tags where present.
/// </summary>
internal sealed partial class HtmlReader(ArticleAssembler assembler) : IArticleReader
{
    public bool CanRead(SourceDocument document) =>
        document.Extension is ".html" or ".htm" or ".xhtml"
        || document.MediaType is "text/html" or "application/xhtml+xml"
        || HtmlStart().IsMatch(document.Text.AsSpan(0, Math.Min(document.Text.Length, 1024)));

    public IAsyncEnumerable<ReadOutcome> ReadAsync(SourceDocument document, CancellationToken cancellationToken) =>
        Outcomes.One(document, () => assembler.Assemble(Extract(document)));

    /// <summary>
    /// Whether a fetched response is a web page NewsBot can extract: served as HTML or XHTML, or, whatever its content
    /// type claims, starting like an HTML document. A PDF, an image or a JSON document is not.
    /// </summary>
    public static bool IsWebPage(string? mediaType, string text) =>
        mediaType is "text/html" or "application/xhtml+xml"
        || HtmlStart().IsMatch(text.AsSpan(0, Math.Min(text.Length, 1024)));

    /// <summary>
    /// Extracts the page's main article as a draft (used for pages linked from feeds too). A page too big or too deep to
    /// parse is refused with <see cref="ReadException"/>; one too big or too deep for SmartReader, whose time grows
    /// faster than the page, is read whole as text, its furniture left to the cleaner (see <see cref="HtmlShape"/>).
    /// </summary>
    public static ArticleDraft Extract(SourceDocument document)
    {
        var shape = HtmlShape.Measure(document.Text, document.Origin);
        var page = new HtmlParser().ParseDocument(document.Text);
        var meta = PageMetadata.From(page);
        var address = document.WebUri?.AbsoluteUri ?? new Uri(Path.GetFullPath(document.Origin)).AbsoluteUri;
        var fallbackText = page.Body is null ? string.Empty : HtmlText.FromNode(page.Body);
        if (!shape.SuitsExtraction)
        {
            return new ArticleDraft(document, meta.Title ?? page.Title ?? string.Empty, fallbackText)
            {
                Outlet = meta.SiteName,
                Published = meta.Published,
                Url = meta.CanonicalUrl,
                Byline = Byline(meta.Author),
            };
        }

        SmartReader.Article article;
        using (var reader = new SmartReader.Reader(address, page))
        {
            article = reader.GetArticle();
        }

        var text = string.IsNullOrWhiteSpace(article.Content) ? fallbackText : HtmlText.FromHtml(article.Content, document.Origin);
        return new ArticleDraft(document, meta.Title ?? article.Title ?? string.Empty, text)
        {
            Outlet = meta.SiteName ?? NullIfEmpty(article.SiteName),
            Published = meta.Published ?? AsUtc(article.PublicationDate),
            Url = meta.CanonicalUrl,
            Byline = Byline(meta.Author ?? NullIfEmpty(article.Byline) ?? NullIfEmpty(article.Author)),
        };
    }

    private static string? Byline(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var trimmed = ByPrefix().Replace(text.Trim(), string.Empty);
        return trimmed.Length is > 0 and <= 100 ? trimmed : null;
    }

    private static DateTimeOffset? AsUtc(DateTime? time) => time is { } value
        ? new DateTimeOffset(DateTime.SpecifyKind(value, value.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : value.Kind).ToUniversalTime(), TimeSpan.Zero)
        : null;

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"^by:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();
}
