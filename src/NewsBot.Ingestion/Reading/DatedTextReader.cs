using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Ingestion.Reading;

/// <summary>
/// Reads the dated text format: a first line <c> date YYYY-MM-DD Title</c>, optional <c>source:</c>, <c>url:</c>
/// and <c>byline:</c> lines straight after it (before the first blank line), then the body.
/// </summary>
internal sealed partial class DatedTextReader(ArticleAssembler assembler) : IArticleReader
{
    public bool CanRead(SourceDocument document) =>
        document.Extension is ".txt" or ".text" && DateLineStart().IsMatch(FirstLine(document.Text));

    public IAsyncEnumerable<ReadOutcome> ReadAsync(SourceDocument document, CancellationToken cancellationToken) =>
        Outcomes.One(document, () => assembler.Assemble(Parse(document)));

    private static ArticleDraft Parse(SourceDocument document)
    {
        var lines = document.Text.ReplaceLineEndings("\n").Split('\n');
        var match = DateLine().Match(lines[0]);
        if (!match.Success || !DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new ReadException($"{document.Origin} has a malformed date line: expected \" date YYYY-MM-DD Title\" but found \"{Shorten(lines[0].Trim())}\".");
        }

        string? source = null, url = null, byline = null;
        var bodyStart = 1;
        for (; bodyStart < lines.Length; bodyStart++)
        {
            var meta = MetadataLine().Match(lines[bodyStart]);
            if (!meta.Success)
            {
                break;
            }

            var value = meta.Groups["value"].Value.Trim();
            switch (meta.Groups["key"].Value.ToUpperInvariant())
            {
                case "SOURCE": source = value; break;
                case "URL": url = value; break;
                default: byline = value; break;
            }
        }

        return new ArticleDraft(document, match.Groups["title"].Value, string.Join('\n', lines.Skip(bodyStart)))
        {
            Published = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            Outlet = source,
            Url = url,
            Byline = byline,
        };
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    [GeneratedRegex(@"^\s*date\s+\S*\d", RegexOptions.IgnoreCase)]
    private static partial Regex DateLineStart();

    [GeneratedRegex(@"^\s*date\s+(?<date>\d{4}-\d{2}-\d{2})(?:\s+(?<title>.*?))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^\s*(?<key>source|url|byline)\s*:\s*(?<value>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex MetadataLine();
}
