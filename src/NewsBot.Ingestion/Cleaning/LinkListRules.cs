using System.Text.RegularExpressions;

namespace NewsBot.Ingestion.Cleaning;

/// <summary>
/// Finds link-list sections ("Most Read", "More from …", "Related", "Editor's Picks"): a short heading-like
/// line followed by many short headline-like lines or rank numbers.
/// </summary>
internal static partial class LinkListRules
{
    /// <summary>A short line shaped like a heading: few words, no sentence punctuation at the end.</summary>
    public static bool IsHeadingLike(TextLine line) =>
        line.Words is >= 1 and <= 7
        && line.Text.Length <= 60
        && !IsRankNumber(line.Text)
        && !SentenceEnd().IsMatch(line.Text)
        && (char.IsUpper(line.Text[0]) || char.IsDigit(line.Text[0]));

    /// <summary>A heading from the common vocabulary of link sections ("Most Read", "Related stories:", "More from X").</summary>
    public static bool IsLinkSectionHeading(string line) => line.Length <= 60 && LinkSectionHeading().IsMatch(line);

    /// <summary>A bare rank number ("1", "10.") as used by most-read lists.</summary>
    public static bool IsRankNumber(string line) => RankNumber().IsMatch(line);

    /// <summary>A line shaped like a linked headline (short, not a finished sentence) rather than a paragraph.</summary>
    public static bool IsHeadlineLike(TextLine line) =>
        IsRankNumber(line.Text) || (line.Words <= 22 && line.Text.Length <= 160 && !line.Text.EndsWith('.'));

    /// <summary>
    /// True when the lines look like a list of links: at least <paramref name="minimum"/> lines, mostly
    /// headline-like, or carrying two or more rank numbers.
    /// </summary>
    public static bool IsListOfLinks(IReadOnlyList<TextLine> lines, int minimum)
    {
        if (lines.Count < minimum)
        {
            return false;
        }

        var headlineLike = lines.Count(IsHeadlineLike);
        var ranks = lines.Count(l => IsRankNumber(l.Text));
        return headlineLike * 10 >= lines.Count * 7 || (ranks >= 2 && headlineLike * 2 >= lines.Count);
    }

    [GeneratedRegex(@"[.!?,;""”]$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^\d{1,3}\.?$")]
    private static partial Regex RankNumber();

    [GeneratedRegex(
        @"^(?:most (?:read|popular|viewed|shared|commented|watched|recent)|more (?:from|on|in|about|stories|news|top stories|like this)\b.*|editor'?s'? (?:picks?|choice)|related(?: (?:articles|stories|content|materials|links|coverage|news|topics|reading))?|read (?:more|next|also)|also read|recommended(?: for you| stories| reading)?|trending(?: now| stories)?|you (?:may|might) (?:also )?like|see also|top stories|latest (?:news|stories|headlines)|popular (?:now|stories)|don'?t miss|what to read next)\s*:?$",
        RegexOptions.IgnoreCase)]
    private static partial Regex LinkSectionHeading();
}
