namespace NewsBot.Core.Time;

/// <summary>A span of publication time a question refers to, with the words that named it.</summary>
public sealed record TimeWindow(DateTimeOffset From, DateTimeOffset To, string Phrase)
{
    /// <summary>Slack at the edges for a publication stamped with a time of day, for time-zone differences.</summary>
    private static readonly TimeSpan Tolerance = TimeSpan.FromHours(3);

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
}
