using NewsBot.Core.Answering;

namespace NewsBot.Core.Tests.Answering;

public sealed class PhrasalVerbsTests
{
    [Theory]
    [InlineData("is the river going down", "is the river falling")]
    [InlineData("has the river alder gone back down yet", "has the river alder fallen yet")]
    [InlineData("when will the water go down?", "when will the water fall?")]
    [InlineData("Prices Went Down in October", "Prices fell in October")]
    [InlineData("did rents come down", "did rents fall")]
    [InlineData("what went wrong with the fishing boat", "what happened to the fishing boat")]
    [InlineData("What has gone wrong with the tram plan?", "What happened to the tram plan?")]
    [InlineData("so what was wrong with the boat", "so what happened to the boat")]
    [InlineData("can we get our money back?", "can we get a refund?")]
    [InlineData("how do i get my money back for the ferry", "how do i get a refund for the ferry")]
    public void Mend_PhraseAReportWordsOtherwise_WrittenAsAReportSaysIt(string question, string mended) =>
        Assert.Equal(mended, PhrasalVerbs.Mend(question));

    [Theory]
    [InlineData("which map was struck down by the court")]
    [InlineData("did the council put money back into the fund")]
    [InlineData("who was wrong about the tram cost")]
    [InlineData("will the governor step down")]
    [InlineData("are prices going up")]
    [InlineData("what came up at the council meeting")]
    [InlineData("who is the downtown developer")]
    public void Mend_OtherPhrases_StayAsWritten(string question) =>
        Assert.Equal(question, PhrasalVerbs.Mend(question));
}
