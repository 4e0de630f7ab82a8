using System.Runtime.CompilerServices;
using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using System.Xml;
using Microsoft.Extensions.Logging;

namespace NewsBot.Ingestion.Reading;

/// <summary>
/// Reads RSS 2.0 and Atom feeds: each item becomes an article (title, link, date, feed title as outlet).
/// An item carrying only a short summary is completed by fetching its link and extracting the page; when that page
/// cannot be used (unreachable, an HTTP error, not HTML), the item's own text is indexed instead if it is long enough
/// (<see cref="MinimumOwnTextWords"/>), and only a shorter item is reported as a failure.
/// </summary>
internal sealed partial class FeedReader(WebFetcher web, ArticleAssembler assembler, ILogger<FeedReader> logger) : IArticleReader
{
    /// <summary>Items with less text than this (in characters) are completed from their web page.</summary>
    public const int FullTextThreshold = 400;

    /// <summary>
    /// The fewest words (after HTML is stripped and page furniture cleaned away) an item's own text needs to be indexed
    /// when its page cannot be fetched: about two short news paragraphs, enough to answer from; a one-line teaser is not.
    /// </summary>
    public const int MinimumOwnTextWords = 40;

    private static readonly XmlReaderSettings XmlSettings = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };

    public bool CanRead(SourceDocument document)
    {
        var root = RootElement().Match(document.Text.AsSpan(0, Math.Min(document.Text.Length, 4096)).ToString());
        return root.Success && root.Groups["name"].Value is "rss" or "feed" or "rdf:RDF";
    }

    public async IAsyncEnumerable<ReadOutcome> ReadAsync(SourceDocument document, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (feed, error) = Load(document);
        if (feed is null)
        {
            yield return ReadOutcome.Failure(document.Origin, error!);
            yield break;
        }

        var outlet = FeedItems.PlainText(feed.Title);
        var index = 0;
        foreach (var item in feed.Items)
        {
            index++;
            yield return await ReadItemAsync(document, item, index, outlet, cancellationToken);
        }
    }

    private static (SyndicationFeed? Feed, string? Error) Load(SourceDocument document)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(document.Text), XmlSettings);
            return (SyndicationFeed.Load(reader), null);
        }
        catch (Exception exception) when (exception is XmlException or FormatException or ArgumentException or InvalidOperationException)
        {
            return (null, $"{document.Origin} is not a readable RSS or Atom feed: {exception.Message}");
        }
    }

    private async Task<ReadOutcome> ReadItemAsync(SourceDocument feed, SyndicationItem item, int index, string? outlet, CancellationToken cancellationToken)
    {
        var link = FeedItems.Link(item, feed.WebUri);
        var origin = link?.AbsoluteUri ?? $"{feed.Origin}#item-{index}";
        var idKey = link?.AbsoluteUri ?? $"{feed.IdKey}#{(string.IsNullOrWhiteSpace(item.Id) ? index.ToString(System.Globalization.CultureInfo.InvariantCulture) : item.Id)}";
        string text;
        try
        {
            text = FeedItems.Text(item, $"Item {index} of {feed.Origin}");
        }
        catch (ReadException exception)
        {
            return ReadOutcome.Failure(origin, exception.Message);
        }

        var document = feed with { Origin = origin, IdKey = idKey, Extension = ".html", MediaType = null };
        var ownText = new ArticleDraft(document, string.Empty, text);
        try
        {
            if (text.Length >= FullTextThreshold || link is not { Scheme: "http" or "https" })
            {
                return ReadOutcome.Success(Complete(ownText, item, link, outlet));
            }

            logger.FetchingFeedItemPage(origin);
            var page = await web.FetchAsync(link, cancellationToken);
            if (!HtmlReader.IsWebPage(page.MediaType, page.Text))
            {
                throw new ReadException($"{link.AbsoluteUri} is not a web page ({page.MediaType ?? "no content type"}).");
            }

            var pageDraft = HtmlReader.Extract(document with { Text = page.Text, MediaType = page.MediaType });
            return ReadOutcome.Success(Complete(pageDraft, item, link, outlet));
        }
        catch (ReadException exception)
        {
            var message = link is null ? exception.Message : $"Item {index} of {feed.Origin}: {exception.Message}";
            return ReadOwnTextInstead(ownText, item, link, outlet, message) ?? ReadOutcome.Failure(origin, message);
        }
    }

    /// <summary>
    /// When an item's page cannot be used, the item's own text stands in for it if it holds at least
    /// <see cref="MinimumOwnTextWords"/> words once cleaned; returns null (and adds the reason to the failure) otherwise.
    /// </summary>
    private ReadOutcome? ReadOwnTextInstead(ArticleDraft ownText, SyndicationItem item, Uri? link, string? outlet, string failure)
    {
        if (link is null || ownText.Body.Length == 0)
        {
            return null;
        }

        try
        {
            var article = Complete(ownText, item, link, outlet);
            var words = WordCount(article.Body);
            if (words < MinimumOwnTextWords)
            {
                return ReadOutcome.Failure(
                    link.AbsoluteUri,
                    $"{failure.TrimEnd('.')}; its own text in the feed is too short to index instead ({words} words; at least {MinimumOwnTextWords} are needed).");
            }

            logger.FeedItemReadFromOwnText(link.AbsoluteUri, words, failure);
            return ReadOutcome.Success(article);
        }
        catch (ReadException)
        {
            return null;
        }
    }

    /// <summary>Assembles a draft and gives it the item's own title, outlet, date, link and author where it has them.</summary>
    private Core.Articles.Article Complete(ArticleDraft draft, SyndicationItem item, Uri? link, string? outlet) =>
        assembler.Assemble(draft with
        {
            Title = FeedItems.PlainText(item.Title) ?? draft.Title,
            Outlet = outlet ?? draft.Outlet,
            Published = FeedItems.Published(item) ?? draft.Published,
            Url = link?.AbsoluteUri ?? draft.Url,
            Byline = FeedItems.Author(item) ?? draft.Byline,
        });

    /// <summary>Words in cleaned text: runs of non-space characters holding at least one letter or digit.</summary>
    private static int WordCount(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    [GeneratedRegex(@"^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<\?[^>]*\?>|<!DOCTYPE[^>]*>)\s*)*<(?<name>[\w:.-]+)")]
    private static partial Regex RootElement();
}
