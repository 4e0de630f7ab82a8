using System.Text.RegularExpressions;
using NewsBot.Core.Text;

namespace NewsBot.Core.Time;

/// <summary>
/// Finds relative time phrases ("yesterday", "this week", "on Monday", "3 days ago", "the last 3 weeks", "since Monday",
/// "over the weekend", "the past fortnight") in a question and turns them into a publication window relative to the
/// moment the question is asked.
/// </summary>
public static partial class TemporalParser
{
    /// <summary>The months' names as a pattern's alternatives, whole or cut short ("nov", "Sept.").</summary>
    private const string MonthNames = "january|february|march|april|may|june|july|august|september|october|november|december"
        + @"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?=\.|\b)\.?";

    /// <summary>The months' first three letters, in order: a month's name, whole or cut short, begins with its own.</summary>
    private static readonly string[] MonthStarts = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Parses <paramref name="question"/> as asked at <paramref name="askedAt"/>.</summary>
    public static TemporalExpression Parse(string question, DateTimeOffset askedAt)
    {
        var match = Pattern().Match(question);
        if (!match.Success)
        {
            return new TemporalExpression(null, question);
        }

        var window = Resolve(match, askedAt.ToUniversalTime());
        var remainder = Spaces().Replace(question[..match.Index] + " " + question[(match.Index + match.Length)..], " ").Trim();
        return new TemporalExpression(window, remainder);
    }

    /// <summary>
    /// The month a question names ("in November", "during March 2026", "last May"), as a window asked at
    /// <paramref name="askedAt"/>: the named year's, else the latest such month begun by then ("last" skips the current
    /// month); null when it names none. Kept apart from <see cref="Parse"/>: in a question about something else a month
    /// more often dates the event ("escaped in May") than the reports sought.
    /// </summary>
    public static TimeWindow? Month(string question, DateTimeOffset askedAt)
    {
        var match = Named(MonthPattern(), question);
        if (match is null)
        {
            return null;
        }

        var now = askedAt.ToUniversalTime();
        var month = MonthOf(match);
        int year;
        if (match.Groups["year"].Success)
        {
            year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            var last = match.Groups["which"].Value.Equals("last", StringComparison.OrdinalIgnoreCase);
            year = month < now.Month || (month == now.Month && !last) ? now.Year : now.Year - 1;
        }

        // "In early November" is its first ten days, "mid-November" the next ten, "late November" the rest.
        var first = new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero);
        var (from, to) = match.Groups["part"].Value.ToLowerInvariant() switch
        {
            "early" => (first, first.AddDays(10).AddTicks(-1)),
            "mid" => (first.AddDays(10), first.AddDays(20).AddTicks(-1)),
            "late" => (first.AddDays(20), first.AddMonths(1).AddTicks(-1)),
            _ => (first, first.AddMonths(1).AddTicks(-1)),
        };
        var part = match.Groups["part"].Success ? match.Groups["part"].Value.ToLowerInvariant() + " " : string.Empty;
        var named = first.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

        // "The first week of November" is its first seven days, "the last week of November" its last seven.
        if (match.Groups["nth"].Success)
        {
            var nth = match.Groups["nth"].Value.ToLowerInvariant();
            var start = nth switch
            {
                "first" => first,
                "second" => first.AddDays(7),
                "third" => first.AddDays(14),
                "fourth" => first.AddDays(21),
                _ => first.AddMonths(1).AddDays(-7),
            };
            return new TimeWindow(start, start.AddDays(7).AddTicks(-1), $"the {nth} week of {named}");
        }

        return new TimeWindow(from, to, part + named);
    }

    /// <summary>
    /// The calendar day a question names ("on 21 November", "on the 21st of November 2026", "on November 21st"), as a
    /// window asked at <paramref name="askedAt"/>: the named year's, else the latest such day not after it; null when it
    /// names none or no such day exists. Kept apart from <see cref="Parse"/> for the reason <see cref="Month"/> is.
    /// </summary>
    public static TimeWindow? Day(string question, DateTimeOffset askedAt)
    {
        var match = Named(DayPattern(), question);
        if (match is null)
        {
            return null;
        }

        var now = askedAt.ToUniversalTime();
        var day = int.Parse(match.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
        int month;
        if (match.Groups["slash"].Success)
        {
            // "On 21/11" is day and month; "on 11/21" month and day. "On 3/4" could be either, so names no day.
            var second = int.Parse(match.Groups["mnum"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (day <= 12 && second <= 12 && day != second)
            {
                return null;
            }

            (day, month) = day > 12 ? (day, second) : (second, day);
        }
        else
        {
            // "On the 18th" without a month is the latest 18th: this month's, or last month's while this month's is ahead.
            month = match.Groups["month"].Success || match.Groups["mnum"].Success ? MonthOf(match) : day <= now.Day ? now.Month : now.AddMonths(-1).Month;
        }

        var year = match.Groups["year"].Success
            ? FullYear(int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture))
            : month < now.Month || (month == now.Month && day <= now.Day) ? now.Year : now.Year - 1;
        if (month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var from = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
        var phrase = from.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

        // "The week of 16 November" is its Monday to Sunday; "the weekend of 21 November" the Saturday and Sunday it falls
        // on, or the next for a weekday, with the Monday after's reports of it.
        if (match.Groups["span"].Success)
        {
            if (match.Groups["span"].Value.Equals("week", StringComparison.OrdinalIgnoreCase))
            {
                var monday = from.AddDays(-(((int)from.DayOfWeek + 6) % 7));
                return new TimeWindow(monday, monday.AddDays(7).AddTicks(-1), "the week of " + phrase);
            }

            var saturday = from.DayOfWeek == DayOfWeek.Sunday ? from.AddDays(-1) : from.AddDays(((int)DayOfWeek.Saturday - (int)from.DayOfWeek + 7) % 7);
            return new TimeWindow(saturday, saturday.AddDays(2).AddTicks(-1), "the weekend of " + phrase) { ReportedAfter = saturday.AddDays(2) };
        }

        // "Since the 19th" is that day up to the moment asked.
        return match.Groups["since"].Success
            ? new TimeWindow(from, new DateTimeOffset(now.Date, TimeSpan.Zero).AddDays(1).AddTicks(-1), "since " + phrase)
            : new TimeWindow(from, from.AddDays(1).AddTicks(-1), phrase);
    }

    /// <summary>A year written with two digits ("21/11/26") as this century's.</summary>
    private static int FullYear(int year) => year < 100 ? 2000 + year : year;

    /// <summary>
    /// The first match of <paramref name="pattern"/> in <paramref name="question"/> that names a time: one after "from"
    /// only where it ends the question ("any news from January", "news from the 20th"), for elsewhere "from" more often
    /// starts a span ("prices rose from January to March") or a thing's origin ("the 3rd from the left").
    /// </summary>
    private static Match? Named(Regex pattern, string question) =>
        pattern.Matches(question).FirstOrDefault(m => !m.Groups["from"].Success || EndsQuestion().IsMatch(question[(m.Index + m.Length)..]));

    /// <summary>
    /// The year a question names on its own ("in 2025", "during 2019", "back in 2024"), as a window; null when it names
    /// none, or names it with a month or day (see <see cref="Month"/>, <see cref="Day"/>). Kept apart from
    /// <see cref="Parse"/> for the reason <see cref="Month"/> is.
    /// </summary>
    public static TimeWindow? Year(string question)
    {
        var match = YearPattern().Match(question);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var from = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return new TimeWindow(from, from.AddYears(1).AddTicks(-1), match.Groups["year"].Value);
    }

    /// <summary>The words of the calendar day a question names ("on November 16"), as <see cref="Day"/> reads it; none when it names none.</summary>
    public static IReadOnlySet<string> DayWords(string question) =>
        Named(DayPattern(), question) is { } match
            ? Terms.Words(match.Value).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// The words of the calendar day or month a question names, as <see cref="Day"/> and <see cref="Month"/> read them
    /// ("since", "the", "19th"; "in", "early", "november"); none when it names neither.
    /// </summary>
    public static IReadOnlySet<string> TimeWords(string question) =>
        (Named(DayPattern(), question) ?? Named(MonthPattern(), question)) is { } match
            ? Terms.Words(match.Value).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    /// <summary>A count written as digits or as a word ("two", "a", "a few", "a couple of").</summary>
    private static int Count(string word) => word.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "couple of" => 2,
        "few" => 3,
        "several" => 5,
        var digits => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The number of the month a match names in its "month" group ("November", "nov" are 11) or gives in its "mnum" group.</summary>
    private static int MonthOf(Match match) =>
        match.Groups["mnum"].Success
            ? int.Parse(match.Groups["mnum"].Value, System.Globalization.CultureInfo.InvariantCulture)
            : Array.IndexOf(MonthStarts, match.Groups["month"].Value[..3].ToLowerInvariant()) + 1;

    private static TimeWindow? Resolve(Match match, DateTimeOffset now)
    {
        // "Since Monday" and "since last week" run from that day or period up to the moment asked.
        var window = Period(match, now);
        if (!match.Groups["since"].Success || window is null)
        {
            return window;
        }

        var phrase = window.Phrase.StartsWith("since ", StringComparison.Ordinal) ? window.Phrase : "since " + window.Phrase;
        return new TimeWindow(window.From, new DateTimeOffset(now.Date, TimeSpan.Zero).AddDays(1).AddTicks(-1), phrase);
    }

    private static TimeWindow? Period(Match match, DateTimeOffset now)
    {
        // The words as an answer quotes them ("Nothing from this week"); a day keeps its capital ("Monday").
        // "Today's news" and "todays news" are today's.
        var phrase = Possessive().Replace(match.Value.Trim(), string.Empty).ToLowerInvariant() switch
        {
            "todays" => "today",
            "yesterdays" => "yesterday",
            var words => words,
        };
        var today = new DateTimeOffset(now.Date, TimeSpan.Zero);
        var endOfToday = today.AddDays(1).AddTicks(-1);
        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        var which = match.Groups["which"].Value.ToLowerInvariant();

        if (match.Groups["today"].Success)
        {
            return new TimeWindow(today, endOfToday, phrase);
        }

        if (match.Groups["yesterday"].Success)
        {
            return new TimeWindow(today.AddDays(-1), today.AddTicks(-1), phrase);
        }

        if (match.Groups["daybefore"].Success)
        {
            return new TimeWindow(today.AddDays(-2), today.AddDays(-1).AddTicks(-1), phrase);
        }

        // "Over the weekend" is the latest weekend begun, and "last weekend" the latest one over (asked on a Sunday, the
        // one before), as reported that weekend and the Monday after.
        var lastWeekend = which is "last" or "past" or "previous" && unit == "weekend";
        if (match.Groups["theweekend"].Success || lastWeekend)
        {
            var saturday = today.AddDays(-(((int)today.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7));
            saturday = lastWeekend && today.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? saturday.AddDays(-7) : saturday;
            var end = saturday.AddDays(3).AddTicks(-1);
            return new TimeWindow(saturday, end < endOfToday ? end : endOfToday, lastWeekend ? phrase : "the weekend") { ReportedAfter = saturday.AddDays(2) };
        }

        // "The past fortnight" and "the last fortnight" are the two weeks up to the moment asked.
        if (unit == "fortnight")
        {
            return new TimeWindow(today.AddDays(-14), endOfToday, phrase);
        }

        if (match.Groups["ago"].Success)
        {
            // "3 days ago" is that day and those beside it; "two weeks ago" the week around that day; "a month ago" the
            // month around it.
            var n = Count(match.Groups["n"].Value);
            var agoUnit = match.Groups["agounit"].Value.ToLowerInvariant().TrimEnd('s');
            var (days, reach) = agoUnit switch { "week" => (7 * n, 3), "fortnight" => (14 * n, 3), "month" => (30 * n, 15), _ => (n, 1) };
            var day = today.AddDays(-days);
            var end = day.AddDays(reach + 1).AddTicks(-1);
            return new TimeWindow(day.AddDays(-reach), end < endOfToday ? end : endOfToday, phrase);
        }

        if (match.Groups["within"].Success)
        {
            // "The last 3 weeks" runs from that long before today up to the moment asked.
            var n = Count(match.Groups["wn"].Value);
            var from = match.Groups["wunit"].Value.ToLowerInvariant() switch
            {
                "weeks" => today.AddDays(-7 * n),
                "months" => today.AddMonths(-n),
                "hours" => today.AddDays(-(n / 24)),
                _ => today.AddDays(-n),
            };
            return new TimeWindow(from, endOfToday, phrase);
        }

        if (match.Groups["weekday"].Success)
        {
            var target = Enum.Parse<DayOfWeek>(match.Groups["weekday"].Value, ignoreCase: true);
            var back = ((int)today.DayOfWeek - (int)target + 7) % 7;
            var day = today.AddDays(-back);

            // What happened on a day is reported that day and the next; the window names the day alone.
            var end = day.AddDays(2).AddTicks(-1);
            return new TimeWindow(day, end < endOfToday ? end : endOfToday, target.ToString()) { ReportedAfter = day.AddDays(1) };
        }

        if (which is "last" or "previous" && CalendarPeriodBefore(unit, today) is { } period)
        {
            return new TimeWindow(period.From, period.To, phrase);
        }

        // "This month" and "this year" are the calendar's: asked on 5 December, this month is December so far.
        if (which == "this" && unit is "month" or "year")
        {
            var start = unit == "month"
                ? new DateTimeOffset(today.Year, today.Month, 1, 0, 0, 0, TimeSpan.Zero)
                : new DateTimeOffset(today.Year, 1, 1, 0, 0, 0, TimeSpan.Zero);
            return new TimeWindow(start, endOfToday, phrase);
        }

        var span = unit switch
        {
            "week" => 7,
            "weekend" => 3,
            "month" => 31,
            "year" => 366,
            _ => 7,
        };

        return which switch
        {
            "last" or "previous" => new TimeWindow(today.AddDays(-2 * span), today.AddDays(-span + 1).AddTicks(-1), phrase),
            _ => new TimeWindow(today.AddDays(-span), endOfToday, phrase),
        };
    }

    /// <summary>
    /// "Last week", "last month" and "last year" are the calendar period before the current one (weeks start on Monday):
    /// asked on Wednesday 2 December, last week is 23 to 29 November, not a story from the 21st. Null for "last weekend",
    /// which means the weekend just gone.
    /// </summary>
    private static (DateTimeOffset From, DateTimeOffset To)? CalendarPeriodBefore(string unit, DateTimeOffset today)
    {
        switch (unit)
        {
            case "week":
                var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
                return (monday.AddDays(-7), monday.AddTicks(-1));
            case "month":
                var firstOfMonth = new DateTimeOffset(today.Year, today.Month, 1, 0, 0, 0, TimeSpan.Zero);
                return (firstOfMonth.AddMonths(-1), firstOfMonth.AddTicks(-1));
            case "year":
                var firstOfYear = new DateTimeOffset(today.Year, 1, 1, 0, 0, 0, TimeSpan.Zero);
                return (firstOfYear.AddYears(-1), firstOfYear.AddTicks(-1));
            default:
                return null;
        }
    }

    [GeneratedRegex(
        @"\b(?:(?:in|during|throughout|(?<which>this|last)|(?<from>from))\s+(?:(?<part>early|mid|late)(?:-|\s+))?|(?<part>early|mid|late)(?:-|\s+)(?:in\s+)?|(?<nth>first|second|third|fourth|last)\s+week\s+(?:of|in)\s+)(?<month>" + MonthNames + @")\b(?:\s+(?<year>(?:19|20)\d\d)\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();

    [GeneratedRegex(
        @"\b(?:on|(?<from>from)|(?<since>since)|(?<span>week|weekend)\s+of)\s+(?:(?:the\s+)?(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>" + MonthNames + @")|(?<month>" + MonthNames + @")\s+(?:the\s+)?(?<day>\d{1,2})(?:st|nd|rd|th)?|the\s+(?<day>\d{1,2})(?:st|nd|rd|th)(?!\s+(?:of\s+)?(?:century|anniversary|birthday|time|place|minute|floor)\b)|(?<year>(?:19|20)\d\d)-(?<mnum>\d{1,2})-(?<day>\d{1,2})|(?<day>\d{1,2})(?<slash>/)(?<mnum>\d{1,2})(?:/(?<year>(?:19|20)?\d\d))?)\b(?:,?\s+(?<year>(?:19|20)\d\d)\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayPattern();

    [GeneratedRegex(@"\b(?:in|during|throughout)\s+(?<year>(?:19|20)\d\d)\b(?![-–/]|\s*(?:percent|per\s+cent|%))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^\s*[?.!]*\s*$")]
    private static partial Regex EndsQuestion();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"['’]s$", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

    // "Earlier this month" and "late last month" are read as the whole period: news is dated by day, and a story from the
    // period's other end is still nearer than one from before it.
    [GeneratedRegex(
        @"\b(?:(?<today>todays?|tonight|this morning|this afternoon|this evening)|(?<daybefore>the day before yesterday)|(?<yesterday>yesterdays?|last night)|(?<ago>(?:a )?(?<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple of) (?<agounit>days?|weeks?|fortnights?|months?) ago)|(?<theweekend>(?:over|at|during|on) the weekend(?!\s+of\b))|(?:(?<since>since )(?:last )?|on |this |last )?(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|(?<within>(?:the )?(?:last|past) (?<wn>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|few|several|couple of) (?<wunit>hours|days|weeks|months))|(?:(?<since>since )|(?:early|earlier|late|later) (?:in )?)?(?<which>this|last|past|previous) (?<unit>weekend|week|fortnight|month|year))\b(?!\s+(?:of|in)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))(?:['’]s\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
