using NewsBot.Core.Answering;

namespace NewsBot.Core.Tests.Answering;

public sealed class WeekdayDatesTests
{
    private static readonly DateTimeOffset WeeksLater = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("The library reopened on Tuesday. [1]", "2026-11-10", "The library reopened on Tuesday (10 November). [1]")]
    [InlineData("Rovers won the cup on Sunday, beating Athletic 2-1. [1]", "2026-11-12", "Rovers won the cup on Sunday (8 November), beating Athletic 2-1. [1]")]
    [InlineData("Ferry services will resume on Thursday. [1]", "2026-11-17", "Ferry services will resume on Thursday (19 November). [1]")]
    [InlineData("A storm warning stayed in place until Sunday morning. [1]", "2026-11-21", "A storm warning stayed in place until Sunday morning (22 November). [1]")]
    [InlineData("The bank held rates last Friday. [1]", "2026-11-20", "The bank held rates last Friday (13 November). [1]")]
    [InlineData("Crews return next Monday. [1]", "2026-11-16", "Crews return next Monday (23 November). [1]")]
    [InlineData("The strike ended on Friday. [1]", "2025-11-20", "The strike ended on Friday (14 November 2025). [1]")]
    [InlineData("The company said Tuesday it would cut 500 jobs. [1]", "2026-11-18", "The company said Tuesday (17 November) it would cut 500 jobs. [1]")]
    [InlineData("The union told reporters on Monday that crews would return. [1]", "2026-11-18", "The union told reporters on Monday (16 November) that crews would return. [1]")]
    [InlineData("The tram passed council by 7 votes to 4 on Monday, but opponents warn it will cost far more. [1]", "2026-11-17", "The tram passed council by 7 votes to 4 on Monday (16 November), but opponents warn it will cost far more. [1]")]
    [InlineData("The ward opened on Friday; a second one will follow. [1]", "2026-11-22", "The ward opened on Friday (20 November); a second one will follow. [1]")]
    [InlineData("On Thursday, ferry services will resume. [1]", "2026-11-17", "On Thursday (19 November), ferry services will resume. [1]")]
    public void Dated_WeekdayQuotedWeeksAfterItsReport_SaysWhichDayItWas(string text, string published, string expected) =>
        Assert.Equal(expected, WeekdayDates.Dated(text, [Cited(1, published)], WeeksLater));

    [Theory]
    [InlineData("The library reopened on Tuesday, 10 November. [1]")]
    [InlineData("The library reopened on Tuesday (Nov. 10). [1]")]
    [InlineData("The library reopened after 18 months. [1]")]
    public void Dated_NoWeekdayOrOneAlreadyDated_IsUnchanged(string text) =>
        Assert.Equal(text, WeekdayDates.Dated(text, [Cited(1, "2026-11-10")], WeeksLater));

    [Fact]
    public void Dated_AskedWithinTheWeekOfTheReport_IsUnchanged()
    {
        const string text = "The library reopened on Tuesday. [1]";

        Assert.Equal(text, WeekdayDates.Dated(text, [Cited(1, "2026-11-10")], new DateTimeOffset(2026, 11, 12, 9, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Dated_ClaimsOfTwoReports_EachDatedByItsOwnReport()
    {
        var text = WeekdayDates.Dated(
            "According to Harbour Gazette, ferries will resume on Thursday. [1] According to Valley Courier, crews went back on Thursday. [2]",
            [Cited(1, "2026-11-17"), Cited(2, "2026-11-27")],
            WeeksLater);

        Assert.Equal("According to Harbour Gazette, ferries will resume on Thursday (19 November). [1] According to Valley Courier, crews went back on Thursday (26 November). [2]", text);
    }

    private static Citation Cited(int number, string published) =>
        new(number, $"a{number}", "Title", "Outlet", DateTimeOffset.Parse(published + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), null);
}
