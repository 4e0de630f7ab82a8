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
}
