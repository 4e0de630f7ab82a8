using NewsBot.Core.Answering;

namespace NewsBot.Core.Tests.Answering;

public sealed class ChatShorthandTests
{
    [Theory]
    [InlineData("@newsbot how much did the library cost?", "how much did the library cost?")]
    [InlineData("@NewsBot, @mods when do the ferries run", "when do the ferries run")]
    [InlineData("can u tell me who the chief exec of lumen robotics is", "can you tell me who the chief executive of lumen robotics is")]
    [InlineData("how many ppl visited the library on day one", "how many people visited the library on day one")]
    [InlineData("what did the govt give lumen", "what did the government give lumen")]
    [InlineData("libary reno cost", "libary renovation cost")]
    [InlineData("wind farm ok'd?", "wind farm approved?")]
    [InlineData("whats inflation in northland", "what's inflation in northland")]
    [InlineData("Whats the latest on the tram, why didnt the bank cut rates", "What's the latest on the tram, why didn't the bank cut rates")]
    public void Mend_ChatQuestion_ReadsAsMeant(string question, string meant) =>
        Assert.Equal(meant, ChatShorthand.Mend(question));

    [Theory]
    [InlineData("What did Ur say about the U-boat?")]
    [InlineData("who emailed ceo@lumen.example about the tram")]
    [InlineData("@newsbot")]
    [InlineData("What did Ive design for Apple?")]
    public void Mend_NoShorthandOrOnlyAMention_Unchanged(string question) =>
        Assert.Equal(question, ChatShorthand.Mend(question));
}
