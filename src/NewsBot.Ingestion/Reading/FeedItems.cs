using System.ServiceModel.Syndication;
using System.Xml;
using NewsBot.Ingestion.Cleaning;

namespace NewsBot.Ingestion.Reading;

/// <summary>Reads the parts of a feed item NewsBot uses: link, text, date and author.</summary>
internal static class FeedItems
{
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";

    /// <summary>The item's web link, resolved against the feed's address when relative.</summary>
    public static Uri? Link(SyndicationItem item, Uri? feedUri)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate") ?? item.Links.FirstOrDefault();
        var uri = link?.GetAbsoluteUri() ?? link?.Uri;
        if (uri is null)
        {
            return null;
        }

        if (!uri.IsAbsoluteUri)
        {
            return feedUri is null ? null : new Uri(feedUri, uri);
        }

        return uri;
    }

    /// <summary>
    /// The fullest text the item carries (content:encoded, content or summary), as text lines; throws
    /// <see cref="ReadException"/> naming <paramref name="origin"/> when its HTML is too big or too deep to parse.
    /// </summary>
    public static string Text(SyndicationItem item, string origin)
    {
        var candidates = new List<string?>
        {
            (item.Content as TextSyndicationContent)?.Text,
            item.Summary?.Text,
        };
        candidates.AddRange(Extensions(item, "encoded", ContentModule));
        var best = candidates.Where(c => !string.IsNullOrWhiteSpace(c)).MaxBy(c => c!.Length);
        return best is null ? string.Empty : HtmlText.FromHtml(best, origin);
    }

    /// <summary>The item's publication time (or last update), when it has one.</summary>
    public static DateTimeOffset? Published(SyndicationItem item) =>
        item.PublishDate != default ? item.PublishDate
        : item.LastUpdatedTime != default ? item.LastUpdatedTime
        : null;

    /// <summary>
    /// The item's author name (Atom author, RSS author or dc:creator). RSS authors are e-mail addresses, often with the
    /// name in brackets ("news@example.org (Lena Berg)"): the name is taken, and a bare address gives way to dc:creator.
    /// </summary>
    public static string? Author(SyndicationItem item)
    {
        var person = item.Authors.FirstOrDefault();
        return new[] { person?.Name, person?.Email }
            .Concat(Extensions(item, "creator", DublinCore))
            .Select(MetadataRules.PersonByline)
            .FirstOrDefault(name => name is not null);
    }

    /// <summary>Text content (which may be HTML) as plain text, or null when empty or when its HTML is too big or too deep to parse.</summary>
    public static string? PlainText(TextSyndicationContent? content)
    {
        if (content is null || string.IsNullOrWhiteSpace(content.Text))
        {
            return null;
        }

        string text;
        try
        {
            text = content.Type is "html" or "xhtml" ? HtmlText.FromHtml(content.Text, "a title") : content.Text;
        }
        catch (ReadException)
        {
            return null;
        }

        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static IEnumerable<string> Extensions(SyndicationItem item, string name, string ns)
    {
        foreach (var extension in item.ElementExtensions.Where(e => e.OuterName == name && e.OuterNamespace == ns))
        {
            string? value;
            try
            {
                value = extension.GetObject<string>();
            }
            catch (Exception exception) when (exception is XmlException or System.Runtime.Serialization.SerializationException)
            {
                value = null;
            }

            if (value is not null)
            {
                yield return value;
            }
        }
    }
}
