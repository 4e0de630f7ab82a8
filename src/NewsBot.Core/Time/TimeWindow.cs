using System.Text.RegularExpressions;

namespace NewsBot.Core.Time;

/// <summary>A span of publication time a question refers to, with the words that named it.</summary>
public sealed partial record TimeWindow(DateTimeOffset From, DateTimeOffset To, string Phrase)
{
    /// <summary>Slack at the edges for a publication stamped with a time of day, for time-zone differences.</summary>
    private static readonly TimeSpan Tolerance = TimeSpan.FromHours(3);

    /// <summary>
    /// The start of the day after the days a window names, which it holds for their reports ("on Friday" holds Saturday's,
    /// "over the weekend" Monday's); null when it holds no such day.
    /// </summary>
    public DateTimeOffset? ReportedAfter { get; init; }

    /// <summary>Whether a moment falls inside the window (inclusive).</summary>
    public bool Contains(DateTimeOffset moment) => moment >= From && moment <= To;

    /// <summary>
    /// Whether an article published at <paramref name="published"/> belongs to the window. A bare date (midnight UTC)
    /// belongs by its day alone, so today's reports are not yesterday's; a time of day gets a few hours' slack.
    /// </summary>
    public bool Holds(DateTimeOffset published) =>
        published.UtcDateTime.TimeOfDay == TimeSpan.Zero
            ? published >= new DateTimeOffset(From.UtcDateTime.Date, TimeSpan.Zero) && published <= To
            : published >= From - Tolerance && published <= To + Tolerance;

    /// <summary>
    /// Whether an article published within six days after a window of a day (and the next), whose <paramref name="texts"/> are given,
    /// tells of that day by its weekday: a Thursday report that the cup was won "on Sunday" is Sunday's news, for "who
    /// won the cup on Sunday".
    /// </summary>
    public bool ToldOfLater(DateTimeOffset published, IEnumerable<string> texts)
    {
        if (To - From > TimeSpan.FromDays(2) || published <= To || published > To + TimeSpan.FromDays(6))
        {
            return false;
        }

        var weekday = From.DayOfWeek.ToString();
        return texts.Any(t => OnAWeekday().Matches(t).Any(m => m.Groups["day"].Value == weekday));
    }

    /// <summary>
    /// Whether an article published on the day a window holds for the reports of its days (see <see cref="ReportedAfter"/>)
    /// tells only of another day: its <paramref name="text"/> places what it reports on a weekday ("on Saturday"), never
    /// on one of the window's own, nor says "yesterday" or "last night". Saturday's report of a rescue "on Saturday" is not
    /// Friday's news, nor Monday's of a vote "on Monday" the weekend's; one naming no day may be.
    /// </summary>
    public bool TellsOnlyOfTheNextDay(DateTimeOffset published, string text)
    {
        if (ReportedAfter is not { } after || published.UtcDateTime.Date != after.UtcDateTime.Date || DayBefore().IsMatch(text))
        {
            return false;
        }

        var own = Enumerable.Range(0, Math.Max(1, (after.UtcDateTime.Date - From.UtcDateTime.Date).Days))
            .Select(d => From.UtcDateTime.Date.AddDays(d).DayOfWeek.ToString())
            .ToHashSet(StringComparer.Ordinal);
        var days = OnAWeekday().Matches(text).Select(m => m.Groups["day"].Value).ToList();
        return days.Count > 0 && !days.Any(own.Contains);
    }

    [GeneratedRegex(@"\b(?:yesterday|last night|overnight)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayBefore();

    [GeneratedRegex(@"\b(?:on|last|this|late|early)\s+(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OnAWeekday();
}
