using System.Text.RegularExpressions;

namespace NewsBot.Ingestion.Cleaning;

/// <summary>
/// General tests for notices around a story rather than in it: separator rules, author sign-offs, editor's notes,
/// funding, affiliate and opinion disclaimers, and copyright footers.
/// </summary>
internal static partial class NoticeRules
{
    /// <summary>True for a notice by any of the rules below.</summary>
    public static bool IsNotice(string line) =>
        IsSeparator(line) || IsSignOff(line) || IsEditorsNote(line) || IsDisclaimer(line) || IsCopyright(line);

    /// <summary>A line with no letter or digit in it ("___", "***", "•").</summary>
    public static bool IsSeparator(string line) => !line.Any(char.IsLetterOrDigit);

    /// <summary>An author's sign-off after a section: a dash and a name ("– Jo Bloggs", "--Jo Bloggs, Gazette").</summary>
    public static bool IsSignOff(string line) => line.Length <= 60 && SignOff().IsMatch(line);

    /// <summary>An editor's note about the story itself ("This story has been updated with …").</summary>
    public static bool IsEditorsNote(string line) => line.Length <= 250 && EditorsNote().IsMatch(line);

    /// <summary>A funding, affiliate, partner or opinion disclaimer.</summary>
    public static bool IsDisclaimer(string line) => line.Length <= 400 && Disclaimer().IsMatch(line);

    /// <summary>A copyright footer ("© 2024 …", "Copyright 2024 …", "All rights reserved.").</summary>
    public static bool IsCopyright(string line) => line.Length <= 250 && Copyright().IsMatch(line);

    [GeneratedRegex(@"^(?:—|–|-{1,2})\s?[A-Z][\w.'’-]*(?:(?:\s+|,\s*)(?:[A-Z][\w.'’-]*|and|&|of|de|da|van|von|der|la|le))*\.?$")]
    private static partial Regex SignOff();

    [GeneratedRegex(
        @"^(?:editor'?s note:?\s*)?(?:this|the) (?:story|article|report|post|column|piece|page)(?: and (?:its )?headline)? (?:has|have|was|were|is being) (?:been )?(?:updated|corrected|amended|originally published|first published|published)\b|\baccurate (?:at the time|as of)\b.{0,60}\b(?:published|publication|writing)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex EditorsNote();

    [GeneratedRegex(
        @"\b(?:is|are) (?:made possible|supported|funded|underwritten) in part by\b|\bsupported in part by a grant\b|\bviews (?:and opinions )?expressed\b.{0,80}\bdo not necessarily reflect\b|\b(?:purchases|links|sales)\b.{0,60}\b(?:may|might) earn (?:us )?(?:a )?(?:small )?(?:commission|affiliate)|\bis a (?:[\w-]+ ){0,3}content partner\b|\bits content is produced independently\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Disclaimer();

    [GeneratedRegex(@"^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b|\bmay not be (?:published|reproduced), broadcast\b", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();
}
