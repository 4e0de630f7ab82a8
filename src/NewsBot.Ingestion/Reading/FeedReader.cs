using System.Runtime.CompilerServices;
using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using System.Xml;
using Microsoft.Extensions.Logging;

namespace NewsBot.Ingestion.Reading;

/// <summary>
/// Reads RSS 2.0 and Atom feeds: each item becomes an article (title, link, date, feed title as outlet).
/// An item carrying only a short summary is completed by fetching its link and extracting the page.
/// </summary>
internal sealed partial class FeedReader(WebFetcher web, ArticleAssembler assembler, ILogger<FeedReader> logger) : IArticleReader
{
    /// <summary>Items with less text than this (in characters) are completed from their web page.</summary>
    public const int FullTextThreshold = 400;

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
        var text = FeedItems.Text(item);
        var document = feed with { Origin = origin, IdKey = idKey, Extension = ".html", MediaType = null };
        try
        {
            ArticleDraft draft;
            if (text.Length < FullTextThreshold && link is not null && link.Scheme is "http" or "https")
            {
                logger.FetchingFeedItemPage(origin);
                var page = await web.FetchAsync(link, cancellationToken);
                draft = HtmlReader.Extract(document with { Text = page.Text, MediaType = page.MediaType });
            }
            else
            {
                draft = new ArticleDraft(document, string.Empty, text);
            }

            var title = FeedItems.PlainText(item.Title);
            return ReadOutcome.Success(assembler.Assemble(draft with
            {
                Title = title ?? draft.Title,
                Outlet = outlet ?? draft.Outlet,
                Published = FeedItems.Published(item) ?? draft.Published,
                Url = link?.AbsoluteUri ?? draft.Url,
                Byline = FeedItems.Author(item) ?? draft.Byline,
            }));
        }
        catch (ReadException exception)
        {
            var message = link is null ? exception.Message : $"Item {index} of {feed.Origin}: {exception.Message}";
            return ReadOutcome.Failure(origin, message);
        }
    }

    [GeneratedRegex(@"^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<\?[^>]*\?>|<!DOCTYPE[^>]*>)\s*)*<(?<name>[\w:.-]+)")]
    private static partial Regex RootElement();
}
