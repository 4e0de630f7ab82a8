using NewsBot.Core.Answering;

namespace NewsBot.Core.Tests.Answering;

public sealed class QuestionThingsTests
{
    [Fact]
    public void Among_WordsAfterADeterminer_AreThings() =>
        Assert.Equal(["basketball", "final", "airport"], QuestionThings.Among("Who won the basketball final at the new airport?", ["won", "basketball", "final", "airport"]));

    [Fact]
    public void Among_VerbsAdverbsAndAskingNouns_AreNot() =>
        Assert.Empty(QuestionThings.Among("What was the name of the fishing boat that went down?", ["name", "went", "down"]));

    [Fact]
    public void Among_ThingAfterOf_IsAThing() =>
        Assert.Equal(["bitcoin"], QuestionThings.Among("What is the price of bitcoin today?", ["bitcoin"]));

    [Fact]
    public void HeadsAmong_NounEndingItsPhrase_IsAHead() =>
        Assert.Equal(["mayor", "drivers"], QuestionThings.HeadsAmong("Did the mayor of Millbrook meet the bus drivers in Port Ellery?", ["mayor", "bus", "drivers"]));

    [Fact]
    public void HeadsAmong_DescribingWordsVerbsAndNumbers_AreNot() =>
        Assert.Equal(["honours"], QuestionThings.HeadsAmong("What are the highest honours the series arrived with in the final five?", ["highest", "honours", "arrived", "five"]));
}
