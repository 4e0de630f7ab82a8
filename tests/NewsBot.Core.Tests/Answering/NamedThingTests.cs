using NewsBot.Core.Answering;

namespace NewsBot.Core.Tests.Answering;

public sealed class NamedThingTests
{
    [Theory]
    [InlineData("What is the name of the new tram depot?", "depot")]
    [InlineData("What was the boat called?", "boat")]
    [InlineData("What's the name of the chief executive of the robot company?", "executive")]
    [InlineData("What was the name of the giant schnauzer that won 'best in show'?", "schnauzer")]
    [InlineData("What is the name of the former Olympic gymnast rumoured to be his girlfriend?", "gymnast")]
    [InlineData("What is the government policy behind these penalties called?", "policy")]
    [InlineData("what was the boat called that sank near the skerry islands", "boat")]
    [InlineData("What is the hospital called which opened the new ward?", "hospital")]
    [InlineData("lumen boss name", "boss")]
    [InlineData("what's the sunken boat's name?", "boat")]
    [InlineData("what was the fishing boat called", "boat")]
    [InlineData("What is the name of the sinking ship?", "ship")]
    public void NamedThing_QuestionAskingAName_IsTheLastWordOfWhatIsNamed(string question, string expected) =>
        Assert.Equal(expected, SentenceScorer.NamedThing(question));

    [Theory]
    [InlineData("What is it called?")]
    [InlineData("Who won the regional cup?")]
    [InlineData("What did the mayor say the new line would be called by locals in the east?")]
    [InlineData("what was the council called on to do that angered shop owners")]
    [InlineData("what is his name")]
    [InlineData("did the ferry company change its name")]
    public void NamedThing_NoThingsNameAsked_IsNull(string question) =>
        Assert.Null(SentenceScorer.NamedThing(question));
}
