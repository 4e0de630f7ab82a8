using NewsBot.Core.Answering;
using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Answering;

public sealed class QuestionKeywordsTests
{
    [Theory]
    [InlineData("sank", "The coast guard rescued three fishermen from a sinking boat.")]
    [InlineData("sink", "Their boat sank north of the Skerry Islands.")]
    [InlineData("won", "Millbrook Rovers win the regional cup.")]
    [InlineData("said", "The mayor's office says the figure counts rolling stock.")]
    [InlineData("sunken", "The coast guard rescued three fishermen from a sinking boat.")]
    [InlineData("stolen", "Thieves stole two paintings from the museum.")]
    [InlineData("funded", "The regional health board paid 14 million crowns for it.")]
    [InlineData("final", "Millbrook Rovers won the regional cup on Sunday.")]
    [InlineData("sports", "Striker Ida Sund scored the winner in the 88th minute.")]
    [InlineData("opponents", "The four councillors who voted against asked for a cheaper bus lane instead.")]
    [InlineData("stay", "A school gym was opened as a shelter.")]
    [InlineData("watched", "Millbrook Rovers won the regional cup in front of 6,000 fans.")]
    [InlineData("completed", "Work is expected to finish in 2029.")]
    [InlineData("done", "Work is expected to finish in 2029.")]
    [InlineData("match", "Millbrook Rovers won the regional cup on Sunday.")]
    [InlineData("begin", "The mayor said construction would start next spring.")]
    [InlineData("starts", "Construction is due to begin in the spring.")]
    [InlineData("cut", "The bank wanted to see inflation nearer its 2 percent target before cutting.")]
    [InlineData("boss", "Chief executive Nils Arvid said the company chose Port Ellery.")]
    [InlineData("stoppage", "Ferry services will resume, ending a five-day strike.")]
    [InlineData("walkout", "Ferry services will resume, ending a five-day strike.")]
    [InlineData("planned", "Lumen Robotics chose Port Ellery for the tram line it plans.")]
    public void Says_IrregularVerbInEitherForm_HeldByTheOther(string asked, string sentence) =>
        Assert.True(QuestionKeywords.Says(Terms.Stem(asked), QuestionKeywords.Stems(sentence)));

    [Fact]
    public void Says_AnotherVerb_NotHeld() =>
        Assert.False(QuestionKeywords.Says(Terms.Stem("sank"), QuestionKeywords.Stems("The boat lost power and took on water.")));
}
