using NewsBot.Core.Articles;
using NewsBot.Ingestion.Cleaning;

namespace NewsBot.Ingestion.Reading;

/// <summary>Cleans a reader's draft and turns it into an <see cref="Article"/>; every reader goes through here.</summary>
internal sealed class ArticleAssembler(ArticleCleaner cleaner)
{
    /// <summary>
    /// Builds the article. When cleaning leaves no body but a headline, the headline is the body (a headline alone
    /// often carries the news); throws <see cref="ReadException"/> only when neither is left.
    /// </summary>
    public Article Assemble(ArticleDraft draft)
    {
        var document = draft.Document;
        var origin = draft.Origin ?? document.Origin;
        var cleaned = cleaner.Clean(draft.Title, draft.Body);
        if (cleaned.Paragraphs.Count == 0 && cleaned.Title.Length == 0)
        {
            throw new ReadException($"{origin} has no title and no article text left after removing page furniture.");
        }

        var byline = Clean(MetadataRules.PersonByline(draft.Byline)) ?? cleaned.Byline;
        var outlet = Clean(draft.Outlet) ?? cleaned.Outlet ?? MetadataRules.OrganisationIn(byline);
        var title = cleaned.Title.Length > 0 ? cleaned.Title : Path.GetFileNameWithoutExtension(origin);
        return new Article(
            ArticleId.FromOrigin(draft.Origin ?? document.IdKey),
            title,
            cleaned.Paragraphs.Count > 0 ? cleaned.Body : cleaned.Title,
            outlet,
            draft.Published ?? cleaned.Dateline,
            Clean(draft.Url) ?? document.WebUri?.AbsoluteUri ?? FileLink(origin),
            origin,
            document.SourceKey)
        {
            Byline = byline,
        };
    }

    /// <summary>A file read with no link of its own is cited by its file: a <c>file://</c> link to where it was read.</summary>
    private static string? FileLink(string origin) =>
        Path.IsPathFullyQualified(origin) ? new Uri(origin).AbsoluteUri : null;

    private static string? Clean(string? value)
    {
        var text = value is null ? null : ArticleCleaner.NormaliseLine(value);
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
