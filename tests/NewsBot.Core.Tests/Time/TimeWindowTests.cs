using NewsBot.Core.Time;

namespace NewsBot.Core.Tests.Time;

public sealed class TimeWindowTests
{
    private static readonly TimeWindow Yesterday = TemporalParser.Parse("What happened yesterday?", new DateTimeOffset(2026, 11, 19, 9, 0, 0, TimeSpan.Zero)).Window!;

    [Fact]
    public void Holds_TodaysDateWithoutTime_IsNotYesterdays()
    {
        Assert.False(Yesterday.Holds(new DateTimeOffset(2026, 11, 19, 0, 0, 0, TimeSpan.Zero)));
        Assert.True(Yesterday.Holds(new DateTimeOffset(2026, 11, 18, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Holds_TimeJustPastTheEdge_CountsWithSlack()
    {
        Assert.True(Yesterday.Holds(new DateTimeOffset(2026, 11, 19, 1, 30, 0, TimeSpan.Zero)));
        Assert.True(Yesterday.Holds(new DateTimeOffset(2026, 11, 17, 22, 0, 0, TimeSpan.Zero)));
        Assert.False(Yesterday.Holds(new DateTimeOffset(2026, 11, 19, 8, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("2026-11-12", "Millbrook Rovers won the regional cup on Sunday.", true)]
    [InlineData("2026-11-12", "Millbrook Rovers won the regional cup on Saturday.", false)]
    [InlineData("2026-11-12", "Millbrook Rovers won the regional cup.", false)]
    [InlineData("2026-11-20", "Millbrook Rovers won the regional cup on Sunday.", false)]
    public void ToldOfLater_ReportDaysAfterTheDayAsked_HoldsWhenItNamesTheDay(string published, string text, bool expected)
    {
        var sunday = TemporalParser.Parse("who won the cup on sunday", new DateTimeOffset(2026, 11, 13, 9, 0, 0, TimeSpan.Zero)).Window!;

        Assert.Equal(expected, sunday.ToldOfLater(DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture), [text]));
    }

    [Theory]
    [InlineData("2026-11-21", "The coast guard rescued three fishermen on Saturday.", true)]
    [InlineData("2026-11-21", "The bank kept its rate on Friday.", false)]
    [InlineData("2026-11-21", "The bank said yesterday it would hold. On Saturday it said more.", false)]
    [InlineData("2026-11-21", "The coast guard rescued three fishermen.", false)]
    [InlineData("2026-11-20", "The bank kept its rate on Thursday.", false)]
    [InlineData("2026-11-22", "The weather service kept a warning until Sunday morning.", false)]
    public void TellsOnlyOfTheNextDay_ReportTheDayAfterTheDayAsked_HoldsWhenItNamesOnlyAnotherDay(string published, string text, bool expected)
    {
        var friday = TemporalParser.Parse("what happened on friday", new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero)).Window!;

        Assert.Equal(expected, friday.TellsOnlyOfTheNextDay(DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture), text));
    }

    [Theory]
    [InlineData("2026-11-16", "Council voted 7 to 4 on Monday.", true)]
    [InlineData("2026-11-16", "The hospital's ward opened on Sunday.", false)]
    [InlineData("2026-11-15", "The council will vote on Monday.", false)]
    public void TellsOnlyOfTheNextDay_MondaysReportAfterTheWeekend_HoldsWhenItNamesOnlyAnotherDay(string published, string text, bool expected)
    {
        var weekend = TemporalParser.Parse("anything happen over the weekend", new DateTimeOffset(2026, 11, 17, 9, 0, 0, TimeSpan.Zero)).Window!;

        Assert.Equal(expected, weekend.TellsOnlyOfTheNextDay(DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture), text));
    }
}
