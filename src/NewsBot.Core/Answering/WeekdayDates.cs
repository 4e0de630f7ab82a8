using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Core.Answering;

/// <summary>
/// Which day a quoted weekday is. "The library reopened on Tuesday", read by someone asking weeks later when it reopened,
/// does not say which Tuesday; the answer then says it: "reopened on Tuesday (10 November)". A weekday is the one on or
/// before the day of its report, or on or after it where the sentence tells of what is to come ("will resume on
/// Thursday", "until Sunday"); "last" and "next" step past the report's own day.
/// </summary>
internal static partial class WeekdayDates
{
    /// <summary>How long after its report a weekday still tells its reader which day it is.</summary>
    private static readonly TimeSpan Clear = TimeSpan.FromDays(6);

    /// <summary>
    /// <paramref name="text"/>, an answer whose claims end with citation markers, with each weekday a claim quotes
    /// followed by its date, worked out from the date of the report cited (<paramref name="citations"/>); a claim of a
    /// report less than a week older than <paramref name="askedAt"/> is left as written.
    /// </summary>
    public static string Dated(string text, IReadOnlyList<Citation> citations, DateTimeOffset askedAt) =>
        AnswerClaims.Claim().Replace(text, claim =>
        {
            var number = int.Parse(claim.Groups["n"].Value, CultureInfo.InvariantCulture);
            return citations.FirstOrDefault(c => c.Number == number)?.Published is { } published && askedAt - published > Clear
                ? Date(claim.Groups["claim"].Value, published, askedAt) + claim.Groups["markers"].Value
                : claim.Value;
        });

    /// <summary>The claim with each weekday it names followed by its date, reported at <paramref name="published"/>.</summary>
    private static string Date(string claim, DateTimeOffset published, DateTimeOffset askedAt)
    {
        return Weekday().Replace(claim, day =>
        {
            // Only the weekday's own clause tells whether it is still to come: "passed on Monday, but opponents warn it
            // will cost more" reports a past Monday.
            var ahead = Ahead().IsMatch(ClauseAround(claim, day.Index, day.Length));
            var target = Enum.Parse<DayOfWeek>(day.Groups["day"].Value);
            var reported = published.UtcDateTime.Date;
            var back = ((int)reported.DayOfWeek - (int)target + 7) % 7;
            var forward = ((int)target - (int)reported.DayOfWeek + 7) % 7;
            var date = day.Groups["step"].Value.ToLowerInvariant() switch
            {
                "last" => reported.AddDays(-(back == 0 ? 7 : back)),
                "next" => reported.AddDays(forward == 0 ? 7 : forward),
                "until" or "till" or "by" or "starting" => reported.AddDays(forward),
                _ => ahead && !day.Groups["said"].Success ? reported.AddDays(forward) : reported.AddDays(-back),
            };
            var format = date.Year == askedAt.UtcDateTime.Year ? "d MMMM" : "d MMMM yyyy";
            return $"{day.Value} ({date.ToString(format, CultureInfo.InvariantCulture)})";
        });
    }

    /// <summary>The clause of <paramref name="claim"/> holding the span at <paramref name="index"/>: between the nearest clause breaks ("; ", ", but ") around it.</summary>
    private static string ClauseAround(string claim, int index, int length)
    {
        var start = ClauseBreak().Matches(claim[..index]).LastOrDefault() is { } before ? before.Index + before.Length : 0;
        var after = ClauseBreak().Match(claim, index + length);
        return claim[start..(after.Success ? after.Index : claim.Length)];
    }

    /// <summary>A break between two clauses that may speak of different times.</summary>
    [GeneratedRegex(@";\s*|,?\s+(?:but|while|whereas|although|though)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    /// <summary>
    /// A weekday with a capital and the part of the day after it ("Sunday morning", dated as a whole), not already followed
    /// by a date ("Tuesday, 10 November", "Tuesday (Nov. 10)"). A weekday something was said on ("said on Tuesday it
    /// would …") is past, whatever is said to come.
    /// </summary>
    [GeneratedRegex(@"(?:(?<said>\b(?:said|announced|confirmed|reported|told\s+\p{L}+)\s+(?:on\s+)?)|\b(?<step>(?i:last|next|until|till|by|starting))\s+)?\b(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:\s+(?:morning|afternoon|evening|night)\b)?(?!,?\s*(?:\(|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d))", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    /// <summary>Words telling of what is still to come when reported ("will resume", "is due to open").</summary>
    [GeneratedRegex(@"\b(?:will|would|shall|is\s+due|are\s+due|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to|expected\s+to|plans?\s+to|scheduled)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ahead();
}
