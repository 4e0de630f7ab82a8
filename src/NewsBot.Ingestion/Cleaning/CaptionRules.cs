using System.Text.RegularExpressions;

namespace NewsBot.Ingestion.Cleaning;

/// <summary>General tests for photo captions and image credits.</summary>
internal static partial class CaptionRules
{
    /// <summary>
    /// A line carrying an image credit: a trailing "(Name/Agency)" credit, or an "Image: …", "Photo: …",
    /// "Picture …" or "Photo credit should read …" note.
    /// </summary>
    public static bool HasImageCredit(string line)
    {
        if (line.EndsWith(')') && line.LastIndexOf('(') is var open and >= 0 && TrailingCredit().IsMatch(line.AsSpan(open)))
        {
            return true;
        }

        var tail = line.AsSpan(Math.Max(0, line.Length - 200));
        return (line.Length <= 600 && (tail.Contains(':') || tail.Contains("picture", StringComparison.OrdinalIgnoreCase) || tail.Contains("credit", StringComparison.OrdinalIgnoreCase)) && CreditNote().IsMatch(tail))
            || (line.Length <= 300 && (tail.Contains('/') || tail.Contains("via ", StringComparison.Ordinal)) && TrailingAgencyCredit().IsMatch(tail));
    }

    /// <summary>A short title-like slug ("APTOPIX India G20") such as photo desks put above a caption.</summary>
    public static bool IsSlug(TextLine line) =>
        line.Words <= 5 && line.Text.Length <= 40 && !EndsLikeSentence().IsMatch(line.Text);

    [GeneratedRegex(@"^\((?:[A-Z][\w.'’&-]*)(?: [\w.'’&-]+)*(?: ?/ ?[A-Z][\w.'’&-]*(?: [\w.'’&-]+)*)+\)\s*$")]
    private static partial Regex TrailingCredit();

    [GeneratedRegex(@"(?:^|[.\s])(?:Images?|Pictures?|Photos?|Photograph|Photo credit(?: should read)?|Credit|Source: Getty|Picture by)\s?:\s*\S[^.]{0,120}\.?$|\bPicture (?:by )?[A-Z][a-z]+ [A-Z][a-z]+$|Photo credit should read", RegexOptions.IgnoreCase)]
    private static partial Regex CreditNote();

    [GeneratedRegex(@"(?:/|\bvia )\s?(?:Getty Images|Shutterstock|AFP|AP|Reuters|EPA|PA Wire|PA|Bloomberg|Alamy)\s*\.?$")]
    private static partial Regex TrailingAgencyCredit();

    [GeneratedRegex(@"[.!?:;,""”]$")]
    private static partial Regex EndsLikeSentence();
}
