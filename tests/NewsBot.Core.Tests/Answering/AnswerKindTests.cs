using NewsBot.Core.Answering;

namespace NewsBot.Core.Tests.Answering;

public sealed class AnswerKindTests
{
    [Theory]
    [InlineData("who's the boss of Lumen Robotics", "Person")]
    [InlineData("Who runs the harbour library?", "Person")]
    [InlineData("Whose boat sank off the Skerry Islands?", "Person")]
    [InlineData("Which team won the cup final?", "Name")]
    [InlineData("What was the name of the fishing boat that went down?", "Name")]
    [InlineData("what hospital were the fishermen taken to", "Name")]
    [InlineData("What street are the shops on?", "Name")]
    [InlineData("The mayor, who called the vote historic, said what about construction?", "Name")]
    [InlineData("How many fans watched the cup final?", "Number")]
    [InlineData("cup final score", "Number")]
    [InlineData("What did the new library cost?", "Number")]
    [InlineData("When is the wind farm supposed to open?", "Date")]
    [InlineData("What time does the harbour library open?", "Date")]
    [InlineData("how long until the tram extension is done", "Date")]
    [InlineData("How soon will the wind farm open?", "Date")]
    [InlineData("how long ago was the flood", "Date")]
    [InlineData("How many weeks ago did the ferry strike end?", "Date")]
    [InlineData("She swam the strait in what time?", "Number")]
    [InlineData("What salary do the ferry crews earn?", "Number")]
    [InlineData("What speed did the wind reach?", "Number")]
    [InlineData("what's inflation in northland right now", "Number")]
    [InlineData("What was the final score in the regional cup?", "Number")]
    [InlineData("What is the unemployment rate?", "Number")]
    [InlineData("How deep was the flooding in Millbrook?", "Number")]
    [InlineData("how fast are prices going up", "Number")]
    [InlineData("How heavy is the new tram?", "Number")]
    [InlineData("did anyone get hurt in the storm", "Harm")]
    [InlineData("are the fishermen ok", "Harm")]
    [InlineData("Were there any casualties in the flood?", "Harm")]
    [InlineData("Is everyone safe after the flood?", "Harm")]
    [InlineData("How many people died in the flood?", "Number")]
    [InlineData("Who was hurt in the storm?", "Person")]
    [InlineData("Did the council approve the tram?", "Any")]
    [InlineData("robotics factory grant amount", "Number")]
    [InlineData("childrens ward cost", "Number")]
    [InlineData("library reopening date", "Date")]
    [InlineData("wind farm opening year", "Date")]
    [InlineData("what happened that day", "Any")]
    [InlineData("lumen boss name", "Name")]
    [InlineData("name of the boat that sank?", "Name")]
    [InlineData("did the ferry company change its name", "Any")]
    public void Of_Question_ReadsTheKindOfAnswerAsked(string question, string expected) =>
        Assert.Equal(expected, AnswerKinds.Of(question).ToString());

    [Theory]
    [InlineData("who is the head of the regional health board", true)]
    [InlineData("Who's the mayor of Port Ellery?", true)]
    [InlineData("who was the captain of the grey heron", true)]
    [InlineData("who is odile marsh", false)]
    [InlineData("who paid for the children's ward", false)]
    [InlineData("who is in charge of the harbour", false)]
    public void AsksWhoHoldsARole_Question_TellsARoleFromAPersonNamedOrADeed(string question, bool expected) =>
        Assert.Equal(expected, AnswerKinds.AsksWhoHoldsARole(question));
}
