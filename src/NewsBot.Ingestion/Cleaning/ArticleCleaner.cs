using System.Text.RegularExpressions;

namespace NewsBot.Ingestion.Cleaning;

/// <summary>
/// Removes page furniture from an article's title and body by general rules, lifts bylines and datelines
/// out as metadata, and recovers the headline when the title line is itself furniture.
/// </summary>
internal sealed partial class ArticleCleaner
{
    private const int MetadataScanLines = 12;

    private static readonly System.Buffers.SearchValues<char> UnusualSpaces = System.Buffers.SearchValues.Create("\t\u00a0\u2009\u202f\u200b");

    /// <summary>Cleans a title and a body whose paragraphs (or page lines) are separated by line breaks.</summary>
    public CleanedText Clean(string title, string body)
    {
        var lines = Split(body);
        RemoveFurniture(lines);
        RemoveCaptions(lines);
        var (byline, dateline) = LiftMetadata(lines);
        var outlet = FindOutletDateline(lines);
        LinkSectionCutter.Cut(lines);
        var headline = ResolveTitle(title, lines);
        RemoveTrailingHeadings(lines);
        return new CleanedText(headline, lines.Select(l => l.Text).ToArray(), byline, dateline) { Outlet = outlet };
    }

    /// <summary>Collapses white space and removes template placeholders from a single line of text.</summary>
    public static string NormaliseLine(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.AsSpan().IndexOfAny(UnusualSpaces) >= 0 || trimmed.Contains("  ", StringComparison.Ordinal))
        {
            trimmed = WhiteSpace().Replace(trimmed, " ");
        }

        return FurnitureRules.RemovePlaceholders(trimmed);
    }

    private static List<TextLine> Split(string body)
    {
        var lines = new List<TextLine>();
        var block = 0;
        foreach (var raw in body.ReplaceLineEndings("\n").Split('\n'))
        {
            var text = NormaliseLine(raw);
            if (text.Length == 0)
            {
                block++;
                continue;
            }

            lines.Add(new TextLine(text, block));
        }

        return lines;
    }

    // Promotions and notices are judged in the body only: as a title, "Watch: …" or "Copyright …" is a headline.
    private static void RemoveFurniture(List<TextLine> lines) =>
        lines.RemoveAll(l => FurnitureRules.IsFurniture(l.Text) || PromoRules.IsPromo(l.Text) || NoticeRules.IsNotice(l.Text));

    private static void RemoveCaptions(List<TextLine> lines)
    {
        var drop = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var previous = i > 0 ? lines[i - 1] : null;
            if (CaptionRules.HasImageCredit(line.Text))
            {
                drop[i] = true;
                if (previous is not null && previous.Block == line.Block && CaptionRules.IsSlug(previous))
                {
                    drop[i - 1] = true;
                }
            }

            if (previous is not null && string.Equals(previous.Text, line.Text, StringComparison.OrdinalIgnoreCase))
            {
                // A line repeated straight away is a photo caption shown twice; a long one is a paragraph to keep once.
                drop[i] = true;
                drop[i - 1] |= line.Words <= 40;
            }
        }

        var index = 0;
        lines.RemoveAll(_ => drop[index++]);
    }

    private static (string? Byline, DateTimeOffset? Dateline) LiftMetadata(List<TextLine> lines)
    {
        string? byline = null;
        DateTimeOffset? dateline = null;
        for (var i = 0; i < Math.Min(lines.Count, MetadataScanLines); i++)
        {
            var text = lines[i].Text;
            if (byline is null && MetadataRules.TryByline(text) is { } name)
            {
                byline = name;
                lines.RemoveAt(i--);
            }
            else if (dateline is null && MetadataRules.TryDateline(text) is { } date)
            {
                dateline = date;
                lines.RemoveAt(i--);
            }
        }

        return (byline, dateline);
    }

    // The dateline's text stays in the body: removing "CNN —" and "(CNN)" lowered retrieval on the evaluation set.
    private static string? FindOutletDateline(List<TextLine> lines)
    {
        // Only the opening of the story: the first line that reads as a paragraph ends the search.
        for (var i = 0; i < Math.Min(lines.Count, MetadataScanLines); i++)
        {
            if (MetadataRules.TryOutletDateline(lines[i].Text) is { } outlet)
            {
                return outlet;
            }

            if (lines[i].Words > 25)
            {
                return null;
            }
        }

        return null;
    }

    private static string ResolveTitle(string title, List<TextLine> lines)
    {
        var cleaned = NormaliseLine(title);
        if (cleaned.Length > 0 && !FurnitureRules.IsFurniture(cleaned))
        {
            if (lines.Count > 0 && string.Equals(lines[0].Text, cleaned, StringComparison.OrdinalIgnoreCase))
            {
                lines.RemoveAt(0);
            }

            return cleaned;
        }

        // The title line was furniture (an icon list, a placeholder): the real headline is the first headline-like line.
        var index = lines.Take(MetadataScanLines).ToList().FindIndex(IsRecoverableHeadline);
        if (index < 0)
        {
            return lines.Count > 0 ? FirstWords(lines[0].Text, 14) : string.Empty;
        }

        var headline = lines[index].Text;
        lines.RemoveAt(index);
        return headline;
    }

    private static bool IsRecoverableHeadline(TextLine line) =>
        line.Words is >= 3 and <= 30
        && line.Text.Length <= 200
        && !line.Text.EndsWith('.')
        && (char.IsUpper(line.Text[0]) || char.IsDigit(line.Text[0]) || line.Text[0] is '\'' or '‘' or '"' or '“');

    private static string FirstWords(string text, int count)
    {
        var words = text.Split(' ');
        return words.Length <= count ? text : string.Join(' ', words.Take(count)) + "…";
    }

    private static void RemoveTrailingHeadings(List<TextLine> lines)
    {
        // A lone heading with no text under it at the very end is what is left of a stripped section.
        while (lines.Count > 1 && LinkListRules.IsHeadingLike(lines[^1]) && lines[^1].Words <= 5 && lines[^2].Block != lines[^1].Block)
        {
            lines.RemoveAt(lines.Count - 1);
        }
    }

    [GeneratedRegex(@"[\s\u200b]+")]
    private static partial Regex WhiteSpace();
}
