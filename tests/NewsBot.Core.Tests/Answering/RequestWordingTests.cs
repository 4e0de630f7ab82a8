using NewsBot.Core.Answering;

namespace NewsBot.Core.Tests.Answering;

public sealed class RequestWordingTests
{
    [Theory]
    [InlineData("give me a quick summary of the rate decision", "tell me about the rate decision")]
    [InlineData("i'd like a recap of the cup final", "tell me about the cup final")]
    [InlineData("Can you give me a short update on the tram?", "tell me about the tram?")]
    [InlineData("please give me the gist of the ferry deal", "tell me about the ferry deal")]
    [InlineData("hey, i want an overview of the flood", "tell me about the flood")]
    [InlineData("update on the tram?", "tell me about the tram?")]
    [InlineData("what stories came out on 21 november", "what was reported on 21 november")]
    [InlineData("Which articles were published yesterday?", "what was reported yesterday?")]
    [InlineData("can you tell me who built the wind farm", "who built the wind farm")]
    [InlineData("Do you know when the tram will be finished?", "when the tram will be finished?")]
    [InlineData("any idea how much the ferry refunds are", "how much the ferry refunds are")]
    public void Mend_SummaryRequest_AsksAboutItsTopic(string question, string mended) =>
        Assert.Equal(mended, RequestWording.Mend(question));

    [Theory]
    [InlineData("what's the latest update on the tram")]
    [InlineData("who gave me a summary of the tram vote")]
    [InlineData("give me a summary of")]
    [InlineData("did the union give an update on the pay deal")]
    [InlineData("tell me about the tram")]
    [InlineData("who did the mayor tell about the vote")]
    public void Mend_NoRequestOrNoTopic_StaysAsWritten(string question) =>
        Assert.Equal(question, RequestWording.Mend(question));
}
