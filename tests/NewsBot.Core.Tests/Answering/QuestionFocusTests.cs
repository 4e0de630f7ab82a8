using NewsBot.Core.Answering;

namespace NewsBot.Core.Tests.Answering;

public sealed class QuestionFocusTests
{
    [Fact]
    public void TextOf_PreambleThenQuestion_IsTheQuestionSentence()
    {
        var asking = QuestionFocus.TextOf("Crews are cleaning up after Hurricane Hilary. Which state was badly damaged by the storm?");

        Assert.Equal("Which state was badly damaged by the storm?", asking);
    }

    [Fact]
    public void TextOf_PreambleThenColon_IsTheClauseBeforeTheAnswer()
    {
        var asking = QuestionFocus.TextOf("Guinness World Records named a Savannah cat the tallest living domestic cat. He measures:");

        Assert.Equal("He measures:", asking);
    }

    [Theory]
    [InlineData("Which is the country's favourite dog breed, according to new figures from the kennel club?", "Which is the country's favourite dog breed?")]
    [InlineData("According to the harbour authority, how many ferries were cancelled?", "how many ferries were cancelled?")]
    [InlineData("The strike went on. What did the union want, according to the Gazette?", "What did the union want?")]
    public void TextOf_SourceClause_IsLeftOut(string question, string expected) => Assert.Equal(expected, QuestionFocus.TextOf(question));

    [Theory]
    [InlineData("What is the unemployment rate in Northland, according to the central bank?", "What is the unemployment rate in Northland?")]
    [InlineData("According to the mayor, what will the tram cost?", "what will the tram cost?")]
    [InlineData("What did they agree, according to?", "What did they agree, according to?")]
    public void WithoutSource_SourceClause_IsLeftOut(string text, string expected) => Assert.Equal(expected, QuestionFocus.WithoutSource(text));

    [Theory]
    [InlineData("hey, my cousin lives on the islands - when did the ferries start sailing again after the strike?", "when did the ferries start sailing again after the strike?")]
    [InlineData("i live in millbrook. is the river still rising", "is the river still rising")]
    [InlineData("Tram question — how much will it cost?", "how much will it cost?")]
    public void TextOf_ChatPreambleBeforeADashOrAnUnseenSentenceEnd_IsLeftOut(string question, string expected) => Assert.Equal(expected, QuestionFocus.TextOf(question));

    [Theory]
    [InlineData("so my grandmother lives out on the skerry islands and she was asking me whether the boats are running again after that strike, do you know anything", "whether the boats are running again after that strike")]
    [InlineData("My dad keeps wondering when the tram work will finish?", "when the tram work will finish")]
    public void TextOf_PreambleThenWhatSomeoneWonders_IsWhatTheyWonder(string question, string expected) => Assert.Equal(expected, QuestionFocus.TextOf(question));

    [Theory]
    [InlineData("How many homes were evacuated when the river flooded?")]
    [InlineData("How much did the 4.5 percent rise cost the ferry company?")]
    [InlineData("Who won - Rovers or Athletic?")]
    [InlineData("what happened this week")]
    public void TextOf_SingleSentence_IsNull(string question) => Assert.Null(QuestionFocus.TextOf(question));
}
