using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Ingestion.Reading;

/// <summary>
/// Reads Markdown: optional front matter (<c>---</c> with title, date, source, url, byline), the first
/// <c># Title</c> as headline, and the text with its markup removed, one paragraph per line.
/// </summary>
internal sealed partial class MarkdownReader(ArticleAssembler assembler) : IArticleReader
{
    public bool CanRead(SourceDocument document) =>
        document.Extension is ".md" or ".markdown" || document.MediaType == "text/markdown";

    public IAsyncEnumerable<ReadOutcome> ReadAsync(SourceDocument document, CancellationToken cancellationToken) =>
        Outcomes.One(document, () => assembler.Assemble(Parse(document)));

    private static ArticleDraft Parse(SourceDocument document)
    {
        var lines = document.Text.ReplaceLineEndings("\n").Split('\n').ToList();
        var front = ReadFrontMatter(lines, document.Origin);
        var title = front.GetValueOrDefault("title");
        var heading = lines.FindIndex(l => TopHeading().IsMatch(l));
        if (heading >= 0 && (title is null || heading == lines.FindIndex(l => l.Trim().Length > 0)))
        {
            title ??= TopHeading().Match(lines[heading]).Groups["text"].Value;
            lines.RemoveAt(heading);
        }

        if (title is null)
        {
            var first = lines.FindIndex(l => l.Trim().Length > 0);
            if (first < 0)
            {
                throw new ReadException($"{document.Origin} is empty.");
            }

            title = lines[first].TrimStart('#', ' ');
            lines.RemoveAt(first);
        }

        return new ArticleDraft(document, Inline(title), MarkdownText.ToParagraphs(lines, Inline))
        {
            Published = ParseDate(front.GetValueOrDefault("date"), document.Origin),
            Outlet = front.GetValueOrDefault("source") ?? front.GetValueOrDefault("outlet"),
            Url = front.GetValueOrDefault("url"),
            Byline = front.GetValueOrDefault("byline") ?? front.GetValueOrDefault("author"),
        };
    }

    private static Dictionary<string, string> ReadFrontMatter(List<string> lines, string origin)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (lines.Count == 0 || lines[0].Trim() != "---")
        {
            return values;
        }

        var end = lines.FindIndex(1, l => l.Trim() is "---" or "...");
        if (end < 0)
        {
            throw new ReadException($"{origin} opens front matter with \"---\" but never closes it.");
        }

        foreach (var line in lines.Skip(1).Take(end - 1))
        {
            var match = FrontMatterLine().Match(line);
            if (match.Success)
            {
                values[match.Groups["key"].Value] = match.Groups["value"].Value.Trim().Trim('"', '\'');
            }
        }

        lines.RemoveRange(0, end + 1);
        return values;
    }

    private static DateTimeOffset? ParseDate(string? text, string origin)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw new ReadException($"{origin} has a malformed date \"{text}\" in its front matter.");
    }

    private static string Inline(string text)
    {
        text = Image().Replace(text, string.Empty);
        text = Link().Replace(text, "${text}");
        text = Emphasis().Replace(text, "${text}");
        return text.Replace("`", string.Empty, StringComparison.Ordinal).Trim();
    }

    [GeneratedRegex(@"^\s{0,3}#\s+(?<text>.+?)\s*#*\s*$")]
    private static partial Regex TopHeading();

    [GeneratedRegex(@"^(?<key>[A-Za-z_]+)\s*:\s*(?<value>.*)$")]
    private static partial Regex FrontMatterLine();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__|\*|_)(?<text>\S(?:.*?\S)?)\1")]
    private static partial Regex Emphasis();
}
