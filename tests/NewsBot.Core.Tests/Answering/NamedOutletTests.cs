using NewsBot.Core.Answering;

namespace NewsBot.Core.Tests.Answering;

public sealed class NamedOutletTests
{
    private static readonly string?[] Outlets = ["Harbour Gazette", "Valley Courier", "cnn.com", "theweek.co.uk", null];

    [Theory]
    [InlineData("What did the Harbour Gazette say about the tram cost?", "Harbour Gazette", "What did about the tram cost?")]
    [InlineData("what does the valley courier's report say", "Valley Courier", "what does say")]
    [InlineData("What is CNN reporting on the storm?", "cnn.com", "What is on the storm?")]
    [InlineData("What does the Courier say the tram will cost?", "Valley Courier", "What does the tram will cost?")]
    [InlineData("What did the Valley Courier find out about the tram?", "Valley Courier", "What did find out about the tram?")]
    [InlineData("I saw the Courier saying the tram will be pricier", "Valley Courier", "I saw saying the tram will be pricier")]
    [InlineData("who wrote the article about the tram vote in the gazette", "Harbour Gazette", "who wrote the article about the tram vote in")]
    [InlineData("what did the courier say about the tram cost", "Valley Courier", "what did about the tram cost")]
    [InlineData("is the gazette's figure right", "Harbour Gazette", "is figure right")]
    [InlineData("who wrote the gazette story about the tram", "Harbour Gazette", "who wrote story about the tram")]
    [InlineData("who wrote the gazette tram story", "Harbour Gazette", "who wrote tram story")]
    [InlineData("what did the courier ferry strike article say", "Valley Courier", "what did ferry strike article say")]
    [InlineData("what did the courier article say about the tram cost", "Valley Courier", "what did article say about the tram cost")]
    [InlineData("what did the gazette cover in november", "Harbour Gazette", "what did in november")]
    public void Find_QuestionNamesAnOutlet_GivesItAndTheQuestionWithoutIt(string question, string outlet, string rest)
    {
        var named = NamedOutlet.Find(question, Outlets);

        Assert.NotNull(named);
        Assert.Equal([outlet], named.Outlets);
        Assert.Equal(rest, named.Question);
    }

    [Fact]
    public void Find_QuestionNamesTwoOutlets_GivesBoth()
    {
        var named = NamedOutlet.Find("Did the Courier and the Harbour Gazette agree on the tram cost?", Outlets);

        Assert.NotNull(named);
        Assert.Equal(["Harbour Gazette", "Valley Courier"], named.Outlets.Order());
        Assert.Equal("Did on the tram cost?", named.Question);
    }

    [Theory]
    [InlineData("do the courier and gazette agree on the ferry pay deal", "do on the ferry pay deal")]
    [InlineData("what's the difference between the gazette and courier tram costs", "what's tram costs")]
    [InlineData("How do the Gazette and the Valley Courier differ on the ferry deal?", "How do on the ferry deal?")]
    [InlineData("how did the courier and gazette report the tram differently", "how did the tram")]
    [InlineData("how does the courier's tram story differ from the gazette's", "how does tram story")]
    public void Find_TwoOutletsComparedByTheirLastWords_GivesBothWithoutTheComparingWords(string question, string rest)
    {
        var named = NamedOutlet.Find(question, Outlets);

        Assert.NotNull(named);
        Assert.Equal(["Harbour Gazette", "Valley Courier"], named.Outlets.Order());
        Assert.Equal(rest, named.Question);
    }

    [Theory]
    [InlineData("Who runs the harbour library?")]
    [InlineData("Who ran the courier service?")]
    [InlineData("When does the gazette office open?")]
    [InlineData("What did the week bring for the ferries?")]
    [InlineData("when does the gazette office open")]
    [InlineData("who ran the courier service")]
    public void Find_QuestionNamesNoOutlet_IsNull(string question) =>
        Assert.Null(NamedOutlet.Find(question, Outlets));
}
