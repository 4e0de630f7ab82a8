using NewsBot.Core.Time;

namespace NewsBot.Core.Tests.Time;

public sealed class TemporalParserTests
{
    private static readonly DateTimeOffset Wednesday = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Parse_Yesterday_WindowIsThePreviousDay()
    {
        var parsed = TemporalParser.Parse("What did the council decide yesterday?", Wednesday);

        Assert.NotNull(parsed.Window);
        Assert.Equal(new DateTimeOffset(2026, 11, 17, 0, 0, 0, TimeSpan.Zero), parsed.Window.From);
        Assert.True(parsed.Window.Contains(new DateTimeOffset(2026, 11, 17, 23, 0, 0, TimeSpan.Zero)));
        Assert.False(parsed.Window.Contains(new DateTimeOffset(2026, 11, 18, 1, 0, 0, TimeSpan.Zero)));
        Assert.DoesNotContain("yesterday", parsed.Remainder, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Parse_ThisWeek_WindowIsTheLastSevenDaysUpToToday()
    {
        var parsed = TemporalParser.Parse("Which team won the cup this week?", Wednesday);

        Assert.NotNull(parsed.Window);
        Assert.True(parsed.Window.Contains(new DateTimeOffset(2026, 11, 12, 8, 0, 0, TimeSpan.Zero)));
        Assert.True(parsed.Window.Contains(Wednesday));
        Assert.False(parsed.Window.Contains(new DateTimeOffset(2026, 11, 9, 8, 0, 0, TimeSpan.Zero)));
        Assert.Equal("Which team won the cup ?", parsed.Remainder);
    }

    [Fact]
    public void Parse_LastWeek_WindowIsThePreviousCalendarWeek()
    {
        var parsed = TemporalParser.Parse("What happened last week?", new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));

        Assert.NotNull(parsed.Window);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero), parsed.Window.From);
        Assert.True(parsed.Window.Contains(new DateTimeOffset(2026, 11, 29, 23, 0, 0, TimeSpan.Zero)));
        Assert.False(parsed.Window.Contains(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero)));
        Assert.False(parsed.Window.Contains(new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Parse_LastMonth_WindowIsThePreviousCalendarMonth()
    {
        var parsed = TemporalParser.Parse("What did the council decide last month?", new DateTimeOffset(2026, 1, 14, 9, 0, 0, TimeSpan.Zero));

        Assert.NotNull(parsed.Window);
        Assert.Equal(new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero), parsed.Window.From);
        Assert.True(parsed.Window.Contains(new DateTimeOffset(2025, 12, 31, 22, 0, 0, TimeSpan.Zero)));
        Assert.False(parsed.Window.Contains(new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Parse_ThisMonth_WindowIsTheCalendarMonthSoFar()
    {
        var parsed = TemporalParser.Parse("Anything about the ferries this month?", new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));

        Assert.NotNull(parsed.Window);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), parsed.Window.From);
        Assert.False(parsed.Window.Contains(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("what happened earlier this month", "earlier this month", "2026-12-01")]
    [InlineData("any news from early this month?", "early this month", "2026-12-01")]
    [InlineData("what happened late last month", "late last month", "2026-11-01")]
    [InlineData("what did the council do later in the week", null, null)]
    public void Parse_PeriodWithEarlyOrLate_WindowIsTheWholePeriodAndTheWordsAreItsPhrase(string question, string? phrase, string? from)
    {
        var parsed = TemporalParser.Parse(question, new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal(phrase, parsed.Window?.Phrase);
        Assert.Equal(from, parsed.Window?.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain("earl", parsed.Remainder, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What happened two weeks ago?")]
    [InlineData("what happened 2 weeks ago")]
    public void Parse_WeeksAgo_WindowIsTheWeekAroundThatDay(string question)
    {
        var parsed = TemporalParser.Parse(question, new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));

        Assert.NotNull(parsed.Window);
        Assert.True(parsed.Window.Contains(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero)));
        Assert.True(parsed.Window.Contains(new DateTimeOffset(2026, 11, 18, 12, 0, 0, TimeSpan.Zero)));
        Assert.False(parsed.Window.Contains(new DateTimeOffset(2026, 11, 16, 12, 0, 0, TimeSpan.Zero)));
        Assert.False(parsed.Window.Contains(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("what happened in the last 3 weeks", "the last 3 weeks", "2026-11-14")]
    [InlineData("any news from the past two weeks?", "the past two weeks", "2026-11-21")]
    [InlineData("what happened over the last 10 days", "the last 10 days", "2026-11-25")]
    [InlineData("news from the past few days", "the past few days", "2026-12-02")]
    [InlineData("what's happened in the last couple of months", "the last couple of months", "2026-10-05")]
    [InlineData("anything new in the past 48 hours", "the past 48 hours", "2026-12-03")]
    [InlineData("what happened since last week", "since last week", "2026-11-23")]
    [InlineData("what happened since monday", "since Monday", "2026-11-30")]
    public void Parse_LastFewDaysOrSinceADay_WindowRunsFromThenToToday(string question, string phrase, string from)
    {
        var asked = new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

        var parsed = TemporalParser.Parse(question, asked);

        Assert.NotNull(parsed.Window);
        Assert.Equal(phrase, parsed.Window.Phrase);
        Assert.Equal(from, parsed.Window.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(parsed.Window.Contains(asked));
        Assert.DoesNotContain("last", parsed.Remainder, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AFewDaysAgo_WindowIsThreeDaysBackAndTheDaysBeside()
    {
        var parsed = TemporalParser.Parse("what happened a few days ago", new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));

        Assert.NotNull(parsed.Window);
        Assert.Equal("a few days ago", parsed.Window.Phrase);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), parsed.Window.From);
        Assert.False(parsed.Window.Contains(new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Parse_OnMonday_WindowIsTheMostRecentMondayAndTheDayAfter()
    {
        var parsed = TemporalParser.Parse("What did Apple release on Monday?", Wednesday);

        Assert.NotNull(parsed.Window);
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.Zero), parsed.Window.From);
        Assert.Equal(new DateTimeOffset(2026, 11, 18, 0, 0, 0, TimeSpan.Zero).AddTicks(-1), parsed.Window.To);
        Assert.Equal("Monday", parsed.Window.Phrase);
    }

    [Fact]
    public void Parse_TheDayBeforeYesterday_WindowIsTwoDaysBackNotYesterday()
    {
        var parsed = TemporalParser.Parse("what happened the day before yesterday", Wednesday);

        Assert.NotNull(parsed.Window);
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.Zero), parsed.Window.From);
        Assert.Equal(new DateTimeOffset(2026, 11, 17, 0, 0, 0, TimeSpan.Zero).AddTicks(-1), parsed.Window.To);
    }

    [Theory]
    [InlineData("what happened over the weekend", "2026-11-14", "the weekend")]
    [InlineData("what happened last weekend", "2026-11-14", "last weekend")]
    public void Parse_TheWeekendOrLastWeekend_WindowIsTheWeekendJustGoneAndTheMondayAfter(string question, string saturday, string phrase)
    {
        var parsed = TemporalParser.Parse(question, Wednesday);

        Assert.NotNull(parsed.Window);
        var from = DateTimeOffset.Parse(saturday + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(from, parsed.Window.From);
        Assert.Equal(from.AddDays(3).AddTicks(-1), parsed.Window.To);
        Assert.Equal(phrase, parsed.Window.Phrase);
    }

    [Fact]
    public void Parse_LastWeekendAskedOnASunday_WindowIsTheWeekendBefore()
    {
        var parsed = TemporalParser.Parse("what happened last weekend", new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

        Assert.NotNull(parsed.Window);
        Assert.Equal(new DateTimeOffset(2026, 11, 14, 0, 0, 0, TimeSpan.Zero), parsed.Window.From);
    }

    [Theory]
    [InlineData("any news in the past fortnight", "2026-11-04")]
    [InlineData("what happened in the last fortnight", "2026-11-04")]
    public void Parse_Fortnight_WindowIsTheTwoWeeksUpToToday(string question, string from)
    {
        var parsed = TemporalParser.Parse(question, Wednesday);

        Assert.NotNull(parsed.Window);
        Assert.Equal(DateTimeOffset.Parse(from + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), parsed.Window.From);
        Assert.True(parsed.Window.Contains(Wednesday));
    }

    [Fact]
    public void Parse_OnTheDayAskedItself_WindowEndsToday()
    {
        var parsed = TemporalParser.Parse("What did the council decide on Wednesday?", Wednesday);

        Assert.NotNull(parsed.Window);
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 0, 0, 0, TimeSpan.Zero).AddTicks(-1), parsed.Window.To);
    }

    [Fact]
    public void Parse_NoTimePhrase_NoWindowAndQuestionKept()
    {
        var parsed = TemporalParser.Parse("Who won the Stanley Cup?", Wednesday);

        Assert.Null(parsed.Window);
        Assert.Equal("Who won the Stanley Cup?", parsed.Remainder);
    }

    [Theory]
    [InlineData("what was the news on the weekend of 14 november", "2026-11-14", "2026-11-16", "the weekend of 14 November 2026")]
    [InlineData("what was the news on the weekend of 13 november", "2026-11-14", "2026-11-16", "the weekend of 13 November 2026")]
    [InlineData("what happened the week of 11 november", "2026-11-09", "2026-11-16", "the week of 11 November 2026")]
    public void Day_WeekOrWeekendOfADay_WindowIsThatWeekOrWeekend(string question, string from, string endBefore, string phrase) =>
        AssertSpan(TemporalParser.Day(question, Wednesday), from, endBefore, phrase);

    [Theory]
    [InlineData("what was the news on the weekend of 14 november")]
    [InlineData("news from the last week of october")]
    public void Parse_WeekOrWeekendOfADayOrMonth_LeftToTheCalendar(string question) =>
        Assert.Null(TemporalParser.Parse(question, Wednesday).Window);

    [Theory]
    [InlineData("What happened in November?", "2026-11-01", "November 2026")]
    [InlineData("what happened in Port Ellery in december", "2025-12-01", "December 2025")]
    [InlineData("Any news from last November?", "2025-11-01", "November 2025")]
    [InlineData("What happened during March 2024?", "2024-03-01", "March 2024")]
    [InlineData("what happened in nov", "2026-11-01", "November 2026")]
    [InlineData("any news from sept", "2026-09-01", "September 2026")]
    public void Month_QuestionNamingAMonth_WindowIsThatWholeMonth(string question, string from, string phrase)
    {
        var window = TemporalParser.Month(question, Wednesday);

        Assert.NotNull(window);
        Assert.Equal(DateTimeOffset.Parse(from + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), window.From);
        Assert.Equal(window.From.AddMonths(1).AddTicks(-1), window.To);
        Assert.Equal(phrase, window.Phrase);
    }

    [Theory]
    [InlineData("any news from january", "2026-01-01", "2026-02-01", "January 2026")]
    [InlineData("What happened in early November?", "2026-11-01", "2026-11-11", "early November 2026")]
    [InlineData("what happened mid-october", "2026-10-11", "2026-10-21", "mid October 2026")]
    [InlineData("any news from late October 2025", "2025-10-21", "2025-11-01", "late October 2025")]
    [InlineData("what happened in the first week of november", "2026-11-01", "2026-11-08", "the first week of November 2026")]
    [InlineData("news from the last week of october", "2026-10-25", "2026-11-01", "the last week of October 2026")]
    public void Month_MonthFromAtTheEndOrPartOfAMonth_WindowIsThatSpan(string question, string from, string endBefore, string phrase) =>
        AssertSpan(TemporalParser.Month(question, Wednesday), from, endBefore, phrase);

    /// <summary>Asserts a window runs from the start of day <paramref name="from"/> to just before day <paramref name="endBefore"/>, named <paramref name="phrase"/>.</summary>
    private static void AssertSpan(TimeWindow? window, string from, string endBefore, string phrase)
    {
        Assert.NotNull(window);
        Assert.Equal(DateTimeOffset.Parse(from + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), window.From);
        Assert.Equal(DateTimeOffset.Parse(endBefore + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture).AddTicks(-1), window.To);
        Assert.Equal(phrase, window.Phrase);
    }

    [Theory]
    [InlineData("How much did prices rise from January to March?")]
    [InlineData("What may the council decide?")]
    [InlineData("Will the tram march on?")]
    public void Month_MonthNameNotAfterInOrLast_IsNoWindow(string question) =>
        Assert.Null(TemporalParser.Month(question, Wednesday));

    [Theory]
    [InlineData("did the wind farm get approved in 2025", "2025-01-01")]
    [InlineData("What happened during 2019?", "2019-01-01")]
    public void Year_QuestionNamingAYearAlone_WindowIsThatWholeYear(string question, string from)
    {
        var window = TemporalParser.Year(question);

        Assert.NotNull(window);
        Assert.Equal(DateTimeOffset.Parse(from + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), window.From);
        Assert.Equal(window.From.AddYears(1).AddTicks(-1), window.To);
        Assert.Equal(from[..4], window.Phrase);
    }

    [Theory]
    [InlineData("Who ran in the 2024 presidential election?")]
    [InlineData("How did prices change in 2024-25?")]
    [InlineData("Did inflation fall to 2025 levels?")]
    public void Year_YearNotAloneAfterIn_IsNoWindow(string question) =>
        Assert.Null(TemporalParser.Year(question));

    [Theory]
    [InlineData("What happened on the 21st of November?", "2025-11-21", "21 November 2025")]
    [InlineData("what happened on November 18", "2026-11-18", "18 November 2026")]
    [InlineData("What happened in Millbrook on 14 November 2025?", "2025-11-14", "14 November 2025")]
    [InlineData("what happened on 2 December", "2025-12-02", "2 December 2025")]
    [InlineData("what happened on the 18th", "2026-11-18", "18 November 2026")]
    [InlineData("anything on the 21st?", "2026-10-21", "21 October 2026")]
    [InlineData("news from the 20th", "2026-10-20", "20 October 2026")]
    [InlineData("any stories from 16 November?", "2026-11-16", "16 November 2026")]
    [InlineData("what happened on 16/11", "2026-11-16", "16 November 2026")]
    [InlineData("what happened on 11/16/2025", "2025-11-16", "16 November 2025")]
    [InlineData("news from 2025-11-18", "2025-11-18", "18 November 2025")]
    [InlineData("what happened on 12 nov", "2026-11-12", "12 November 2026")]
    [InlineData("What happened on Sept. 30?", "2026-09-30", "30 September 2026")]
    public void Day_QuestionNamingADay_WindowIsThatWholeDay(string question, string from, string phrase)
    {
        var window = TemporalParser.Day(question, Wednesday);

        Assert.NotNull(window);
        Assert.Equal(DateTimeOffset.Parse(from + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), window.From);
        Assert.Equal(window.From.AddDays(1).AddTicks(-1), window.To);
        Assert.Equal(phrase, window.Phrase);
    }

    [Theory]
    [InlineData("What happened in November?")]
    [InlineData("What happened on 31 November?")]
    [InlineData("Who scored 2 goals?")]
    [InlineData("What happened on the 18th minute?")]
    [InlineData("Who was the 3rd from the left?")]
    [InlineData("how did the price change from the 20th to the 25th")]
    [InlineData("what happened on 3/4")]
    [InlineData("what happened on 9/11")]
    public void Day_NoWholeDayNamed_IsNoWindow(string question) =>
        Assert.Null(TemporalParser.Day(question, Wednesday));

    [Fact]
    public void Day_SinceADay_WindowIsThatDayUpToToday()
    {
        var window = TemporalParser.Day("what's new since the 16th?", Wednesday);

        Assert.NotNull(window);
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.Zero), window.From);
        Assert.True(window.Contains(Wednesday));
        Assert.Equal("since 16 November 2026", window.Phrase);
    }

    [Fact]
    public void DayWords_QuestionNamingADay_AreTheWordsOfThatDay()
    {
        Assert.True(TemporalParser.DayWords("What was decided about the tram on November 16?").SetEquals(["on", "november", "16"]));
        Assert.Empty(TemporalParser.DayWords("What happened in November?"));
    }

    [Theory]
    [InlineData("today's headlines", "today", "headlines")]
    [InlineData("todays news", "today", "news")]
    [InlineData("what were yesterday's top stories", "yesterday", "what were top stories")]
    [InlineData("this week's news", "this week", "news")]
    public void Parse_TimeWrittenAsAPossessive_NamesTheTimeAndLeavesNoEnding(string question, string phrase, string remainder)
    {
        var parsed = TemporalParser.Parse(question, Wednesday);

        Assert.Equal(phrase, parsed.Window?.Phrase);
        Assert.Equal(remainder, parsed.Remainder);
    }
}
