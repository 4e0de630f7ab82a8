using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Core.Text;

namespace NewsBot.Ingestion.Cleaning;

/// <summary>Recognises bylines and datelines so they become metadata instead of body text.</summary>
internal static partial class MetadataRules
{
    /// <summary>Reads a byline line ("By Press Association") and returns the name, or null.</summary>
    public static string? TryByline(string line)
    {
        if (line.Length > 90)
        {
            return null;
        }

        var match = Byline().Match(line);
        return match.Success ? match.Groups["name"].Value.Trim().TrimEnd(',') : null;
    }

    /// <summary>
    /// The people a byline names, without e-mail addresses. The RSS form "news@example.org (Lena Berg)" and the
    /// mail form "Lena Berg &lt;lena@example.org&gt;" both give "Lena Berg". A bare address gives null: an address (or
    /// its local part, often "news" or "editor") is not a person's name, so the byline found in the text, if any, is
    /// used instead.
    /// </summary>
    public static string? PersonByline(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline) || !byline.Contains('@', StringComparison.Ordinal))
        {
            return string.IsNullOrWhiteSpace(byline) ? null : byline.Trim();
        }

        var text = EmailThenName().Replace(byline, "${name}");
        text = Email().Replace(text, string.Empty);
        text = EmptyBrackets().Replace(text, string.Empty);
        text = SpaceBeforeSeparator().Replace(text, "$1");
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(' ', ',', ';', '|', '-', '/');
        return text.Any(char.IsLetter) ? text : null;
    }

    /// <summary>Reads a dateline ("March 2, 2023, 11:46 am Updated: …") and returns its first date, or null.</summary>
    public static DateTimeOffset? TryDateline(string line)
    {
        if (line.Length > 120)
        {
            return null;
        }

        var match = Dateline().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var text = match.Groups["date"].Value.Replace(".", string.Empty, StringComparison.Ordinal);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? new DateTimeOffset(date.UtcDateTime.Date, TimeSpan.Zero)
            : null;
    }

    /// <summary>
    /// Reads an outlet dateline that opens a story: a line of its own ("CNN —", "New York CNN Business —") or a
    /// prefix of the first paragraph ("(CNN) The…", "Hong Kong (CNN) The…", "LONDON (Reuters) — The…").
    /// Returns the outlet, or null.
    /// </summary>
    public static string? TryOutletDateline(string line)
    {
        if (line.Length <= 60 && OutletDashLine().Match(line) is { Success: true } alone)
        {
            return alone.Groups["outlet"].Value;
        }

        return line.Length <= 80 || !line.Contains('(', StringComparison.Ordinal) ? null
            : Datelines.OutletOf(line);
    }

    /// <summary>
    /// When a byline names an organisation (press agency, news service, association) rather than a person,
    /// returns that organisation's part of it; otherwise null.
    /// </summary>
    public static string? OrganisationIn(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline))
        {
            return null;
        }

        foreach (var part in byline.Split([',', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (OrganisationWord().IsMatch(part) || AgencyAcronym().IsMatch(part))
            {
                return part;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^By:?\s+(?<name>[A-Z][\w.'’-]*(?:(?:\s+|,\s*)(?:[A-Z][\w.'’-]*|and|&|of|de|da|del|van|von|der|la|le|the|for))*)$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"(?:mailto:)?[^\s@<>()\[\],;]+@[^\s@<>()\[\],;]+\s*\((?<name>[^()@]*)\)", RegexOptions.IgnoreCase)]
    private static partial Regex EmailThenName();

    [GeneratedRegex(@"(?:mailto:)?[^\s@<>()\[\],;]+@[^\s@<>()\[\],;]+", RegexOptions.IgnoreCase)]
    private static partial Regex Email();

    [GeneratedRegex(@"<\s*>|\(\s*\)|\[\s*\]")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"\s+([,;|])")]
    private static partial Regex SpaceBeforeSeparator();

    [GeneratedRegex(
        @"^(?:(?:Published|Updated|Posted|First published|Last updated)(?: on)?:?\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:,?\s*(?:at\s*)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?(?:\s*[|,]?\s*(?:Updated|Last updated)\b.*)?$",
        RegexOptions.IgnoreCase)]
    private static partial Regex Dateline();

    // An optional place ("Hong Kong", "Abu Dhabi, UAE"), then the outlet: a short run of capitalised words led by an
    // upper-case name ("CNN", "CNN Business", "CNNBusiness"), then a dash closing the line.
    [GeneratedRegex(@"^(?:[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,3} )??(?<outlet>[A-Z]{2,}[A-Za-z]*(?: [A-Z][a-z]+)?)\s*(?:—|–|--)$")]
    private static partial Regex OutletDashLine();

    [GeneratedRegex(@"\b(?:press|association|agency|agence|news|newswire|wire|wires|service|services|reuters|bureau|newsroom|staff|media|broadcasting|corporation|associated)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrganisationWord();

    [GeneratedRegex(@"\b(?:AP|AFP|UPI|DPA|IANS|PTI|TASS|RIA|ANI|EFE|ANSA|BBC|CNN|PA)\b")]
    private static partial Regex AgencyAcronym();
}
