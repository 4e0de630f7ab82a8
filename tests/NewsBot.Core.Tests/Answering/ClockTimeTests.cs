using NewsBot.Core.Answering;

namespace NewsBot.Core.Tests.Answering;

public sealed class ClockTimeTests
{
    [Theory]
    [InlineData("What time does the library open?", true)]
    [InlineData("At what hour did the storm hit?", true)]
    [InlineData("She swam the strait in what time?", false)]
    [InlineData("what time of year will tram work start", false)]
    [InlineData("When does the library open?", false)]
    [InlineData("what are the opening hours of the harbour library", true)]
    [InlineData("What hours is the pool open on Sundays?", true)]
    public void Asks_Question_IsTrueForATimeOfDay(string question, bool expected) =>
        Assert.Equal(expected, ClockTime.Asks(question));

    [Theory]
    [InlineData("The first boat leaves at 6 am on Thursday.", true)]
    [InlineData("Bars may serve from 8 a.m. under the new law.", true)]
    [InlineData("The polls close at 21:00.", true)]
    [InlineData("The office opens at noon.", true)]
    [InlineData("The library will open until eight in the evening on weekdays.", true)]
    [InlineData("The library reopened on Tuesday.", false)]
    [InlineData("It won 7 to 4 after 18 months.", false)]
    public void In_Sentence_IsTrueWhenItGivesATimeOfDay(string sentence, bool expected) =>
        Assert.Equal(expected, ClockTime.In(sentence));
}
