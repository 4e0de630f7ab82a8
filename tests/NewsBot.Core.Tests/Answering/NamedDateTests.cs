using NewsBot.Core.Answering;
using NewsBot.Core.Retrieval;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Tests.Answering;

public sealed class NamedDateTests
{
    private static readonly DateTimeOffset AskedAt = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("did the bank raise its rate in december", "December 2026")]
    [InlineData("did the ferry strike end in October?", "October 2026")]
    [InlineData("what did the council decide on november 30", "30 November 2026")]
    [InlineData("did the wind farm get approved in 2025", "2025")]
    public void Past_QuestionAboutWhatHappened_NamesTheDayOrMonth(string question, string phrase)
    {
        Assert.Equal(phrase, NamedDate.Past(question, AskedAt)?.Phrase);
    }

    [Theory]
    [InlineData("will the tram construction start in March?")]
    [InlineData("is the wind farm expected to open in june")]
    [InlineData("what did the council decide about the tram?")]
    [InlineData("does the wind farm open in 2030")]
    [InlineData("what happened in march 2027")]
    public void Past_QuestionAheadOrNamingNoDate_IsNull(string question)
    {
        Assert.Null(NamedDate.Past(question, AskedAt));
    }

    [Theory]
    [InlineData("2026-10-14", "The strike ended on Thursday.", true)]
    [InlineData("2026-11-01", "The strike ended on Thursday.", true)]
    [InlineData("2026-11-19", "The strike, which began in October, ended on Thursday.", true)]
    [InlineData("2026-11-19", "The strike ended on Thursday.", false)]
    [InlineData("2026-09-30", "The strike is planned for October.", false)]
    [InlineData("2027-02-01", "The strike ended in Oct. after five days.", true)]
    [InlineData("2026-11-19", "Jan Oktober led the strike.", false)]
    public void Tells_OctoberAndAReport_WhetherItCanTellOfIt(string published, string text, bool tells)
    {
        var october = NamedDate.Of("did the strike end in october", AskedAt)!;

        Assert.Equal(tells, NamedDate.Tells(october, Article(published, text)));
    }

    [Theory]
    [InlineData("2026-11-08", "Rovers won the cup.", true)]
    [InlineData("2026-11-12", "Rovers won the cup on Sunday.", true)]
    [InlineData("2026-11-12", "Rovers won the cup.", false)]
    [InlineData("2026-11-05", "Rovers play in the cup on Sunday.", false)]
    [InlineData("2027-03-01", "The cup final of Nov. 8 drew 6,000 fans.", true)]
    [InlineData("2027-03-01", "The final on 8th of November drew 6,000 fans.", true)]
    [InlineData("2027-03-01", "The final on November 18 drew 6,000 fans.", false)]
    public void Tells_ASundayAndAReport_WhetherItCanTellOfIt(string published, string text, bool tells)
    {
        var sunday = NamedDate.Of("who won the cup on november 8", AskedAt)!;

        Assert.Equal(tells, NamedDate.Tells(sunday, Article(published, text)));
    }

    [Theory]
    [InlineData("Trump spent the weekend at Mar-a-Lago.", false)]
    [InlineData("Prices rose in March.", true)]
    public void Tells_AMonthAndALaterReport_OnlyItsNameCounts(string text, bool tells)
    {
        var march = NamedDate.Of("what did the council decide in march", AskedAt)!;

        Assert.Equal(tells, NamedDate.Tells(march, Article("2026-06-01", text)));
    }

    [Theory]
    [InlineData("2025-06-01", "The farm was approved.", true)]
    [InlineData("2026-01-01", "The farm was approved on Wednesday.", true)]
    [InlineData("2026-11-21", "The farm was approved, after a plan first drawn up in 2025.", true)]
    [InlineData("2026-11-21", "The farm was approved on Saturday.", false)]
    [InlineData("2024-11-21", "The farm may be approved in 2025.", false)]
    [InlineData("2026-11-21", "The farm will power 20250 homes.", false)]
    public void Tells_AYearAndAReport_WhetherItCanTellOfIt(string published, string text, bool tells)
    {
        var year = NamedDate.Of("was the wind farm approved in 2025", AskedAt)!;

        Assert.Equal(tells, NamedDate.Tells(year, Article(published, text)));
    }

    private static RetrievedArticle Article(string published, string text)
    {
        var date = DateTimeOffset.Parse(published + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        return new RetrievedArticle("a", "A report", "Harbour Gazette", date, null, 1, [new ChunkHit("a#0", "a", 0, text, "A report", "Harbour Gazette", date, null, 1)]);
    }
}
