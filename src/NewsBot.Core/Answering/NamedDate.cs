using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Core.Retrieval;
using NewsBot.Core.Time;

namespace NewsBot.Core.Answering;

/// <summary>
/// The calendar day, month or year a question names ("on November 30", "in October", "in 2025"), and whether a report
/// tells of it. Such a date often dates the event rather than the reports sought ("escaped in May" is reported in June),
/// so it does not narrow retrieval as "yesterday" does; but an answer from reports that cannot tell of it says so.
/// </summary>
internal static class NamedDate
{
    /// <summary>The day, month or year <paramref name="question"/> names, as a window asked at <paramref name="askedAt"/>; null when it names none.</summary>
    public static TimeWindow? Of(string question, DateTimeOffset askedAt) =>
        TemporalParser.Day(question, askedAt) ?? TemporalParser.Month(question, askedAt) ?? TemporalParser.Year(question);

    /// <summary>
    /// The day, month or year a question about what happened names; null when it names none, asks what will happen
    /// ("will construction start in March"), which a report before that month tells, or names a time not yet begun ("does
    /// the wind farm open in 2030").
    /// </summary>
    public static TimeWindow? Past(string question, DateTimeOffset askedAt) =>
        SentenceScorer.SaysAhead(question) || Of(question, askedAt) is not { } window || window.From > askedAt ? null : window;

    /// <summary>
    /// Whether a report is dated in the window or the day after it: what happened on November 16 is reported on the
    /// 17th too.
    /// </summary>
    public static bool DatedIn(TimeWindow window, DateTimeOffset? published) =>
        published is { } date && (window.Holds(date) || window.Holds(date.AddDays(-1)));

    /// <summary>
    /// Whether <paramref name="article"/> can tell of the window: dated in it (see <see cref="DatedIn"/>), a report days
    /// after a day that names its weekday (see <see cref="TimeWindow.ToldOfLater"/>), or a later report that names the
    /// month asked ("the strike that ended in October") or the day ("the attack on January 6"). A report before the
    /// window cannot.
    /// </summary>
    public static bool Tells(TimeWindow window, RetrievedArticle article)
    {
        if (DatedIn(window, article.Published))
        {
            return true;
        }

        if (article.Published is not { } published || published < window.From)
        {
            return false;
        }

        var texts = article.Passages.Select(p => p.Text).ToList();
        if (window.ToldOfLater(published, texts))
        {
            return true;
        }

        var length = window.To - window.From;
        var said = length > TimeSpan.FromDays(31) ? $@"\b{window.From.Year}\b" : length > TimeSpan.FromDays(2) ? MonthSaid(window.From) : DaySaid(window.From);
        return texts.Any(t => Regex.IsMatch(t, said, RegexOptions.CultureInvariant));
    }

    /// <summary>
    /// A month's name, whole or shortened as news writes it ("October", "Oct."); with <paramref name="bare"/> shortened
    /// without its point too ("Oct 6"), which only a day number after it tells from a name ("Jan").
    /// </summary>
    private static string MonthName(DateTimeOffset day, bool bare)
    {
        var name = day.ToString("MMMM", CultureInfo.InvariantCulture);
        return bare ? $@"(?:{name}|{name[..3]}\.?)" : $@"(?:{name}|{name[..3]}\.)";
    }

    /// <summary>The pattern of a month as news writes it (see <see cref="MonthName"/>), not the start of another word ("Mar-a-Lago").</summary>
    private static string MonthSaid(DateTimeOffset month) => $@"\b{MonthName(month, bare: false)}(?![\w-])";

    /// <summary>The pattern of a day as news writes it: "January 6", "Jan. 6th", "6 January", "the 6th of January".</summary>
    private static string DaySaid(DateTimeOffset day)
    {
        var number = $"{day.Day}(?:st|nd|rd|th)?";
        return $@"\b(?:{MonthName(day, bare: true)}\s+{number}\b|{number}\s+(?:of\s+)?{MonthName(day, bare: false)}(?![\w-]))";
    }
}
