using NewsBot.Core.Answering;

namespace NewsBot.Core.Tests.Answering;

public sealed class ComparisonTests
{
    private static readonly DateTimeOffset AskedAt = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("which cost more, the library or the children's ward", "the library", "the children's ward", "how much did the library cost")]
    [InlineData("What cost more: the library renovation or the new ward?", "the library renovation", "the new ward", "how much did the library renovation cost")]
    [InlineData("was the library cheaper than the children's ward", "the library", "the children's ward", "how much did the library cost")]
    [InlineData("did the library cost more than the new ward?", "the library", "the new ward", "how much did the library cost")]
    [InlineData("is the tram more expensive than the library", "the tram", "the library", "how much did the tram cost")]
    [InlineData("which happened first, the flood or the storm", "the flood", "the storm", "when was the flood")]
    [InlineData("which is longer, the tram line or the ferry route?", "the tram line", "the ferry route", "how long is the tram line")]
    public void Of_QuestionComparingTwoThings_AsksEachOnItsOwn(string question, string first, string second, string firstQuestion)
    {
        var comparison = Comparison.Of(question);

        Assert.NotNull(comparison);
        Assert.Equal(first, comparison.First);
        Assert.Equal(second, comparison.Second);
        Assert.Equal(firstQuestion, comparison.FirstQuestion);
        Assert.Equal(firstQuestion.Replace(first, second, StringComparison.Ordinal), comparison.SecondQuestion);
    }

    [Theory]
    [InlineData("which team won, millbrook or port ellery")]
    [InlineData("who scored more goals in the final?")]
    [InlineData("which is better, the tram or the bus")]
    [InlineData("How much did the tram cost?")]
    [InlineData("which cost more,   or the ward?")]
    public void Of_QuestionComparingNothingMeasured_IsNull(string question) =>
        Assert.Null(Comparison.Of(question));

    [Fact]
    public void Join_BothAnswered_GivesEachThingsFigureWithItsOwnCitation()
    {
        var comparison = Comparison.Of("which cost more, the library or the children's ward")!;
        var library = Answer(
            "According to Harbour Gazette, the renovation cost 6.8 million crowns. [1] The library reopened on Tuesday. [1] The Courier agrees. [2]",
            Cited(1, "library"), Cited(2, "library-courier"));
        var ward = Answer(
            "According to Valley Courier, the hospital opened a 24-bed ward on Friday. [1] The health board paid 14 million crowns for it. [1] It has a play area. [1]",
            Cited(1, "ward"));

        var joined = comparison.Join("which cost more, the library or the children's ward", library, ward);

        Assert.False(joined.Declined);
        Assert.Equal(
            "The library: According to Harbour Gazette, the renovation cost 6.8 million crowns. [1] The children's ward: According to Valley Courier, the hospital opened a 24-bed ward on Friday. [2] The health board paid 14 million crowns for it. [2]",
            joined.Text);
        Assert.Equal(["library", "ward"], joined.Citations.Select(c => c.ArticleId));
        Assert.Equal([1, 2], joined.Citations.Select(c => c.Number));
    }

    [Fact]
    public void Join_OneThingUnanswered_SaysSoForIt()
    {
        var comparison = Comparison.Of("which cost more, the library or the airport")!;
        var library = Answer("According to Harbour Gazette, the renovation cost 6.8 million crowns. [1]", Cited(1, "library"));
        var airport = Answer(ExtractiveAnswerService.DeclineText) with { Declined = true };

        var joined = comparison.Join("which cost more, the library or the airport", library, airport);

        Assert.False(joined.Declined);
        Assert.EndsWith($"The airport: {ExtractiveAnswerService.DeclineText}", joined.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Join_NeitherAnswered_Declines()
    {
        var comparison = Comparison.Of("which cost more, the stadium or the airport")!;
        var declined = Answer(ExtractiveAnswerService.DeclineText) with { Declined = true };

        Assert.True(comparison.Join("which cost more, the stadium or the airport", declined, declined).Declined);
    }

    private static GroundedAnswer Answer(string text, params Citation[] citations) =>
        new("q", AskedAt, text, Declined: false, citations, []);

    private static Citation Cited(int number, string id) => new(number, id, id, "Outlet", AskedAt.AddDays(-20), null);
}
