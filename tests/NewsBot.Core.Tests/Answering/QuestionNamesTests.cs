using NewsBot.Core.Answering;

namespace NewsBot.Core.Tests.Answering;

public sealed class QuestionNamesTests
{
    [Fact]
    public void Groups_CapitalisedWordsInARow_AreOneNameWithInitials()
    {
        var names = QuestionNames.Groups("Why did the United Kingdom and Fox News fall out?");

        Assert.Equal(["united kingdom", "fox news"], names.Select(n => string.Join(' ', n.Words)));
        Assert.Equal("uk", names[0].Initials);
    }

    [Fact]
    public void Groups_AcronymWithFullStops_IsOneWordAndDoesNotEndTheSentence() =>
        Assert.Equal(["us house"], QuestionNames.Groups("Why was the U.S. House stuck this week?").Select(n => string.Join(' ', n.Words)));

    [Fact]
    public void Groups_FiguresLettersAndDays_AreNotNames() =>
        Assert.Empty(QuestionNames.Groups("Which state banned food dyes from K-12 school meals on Wednesday?"));

    [Fact]
    public void Groups_CompoundTurningIntoAnOrdinaryWord_EndsTheName() =>
        Assert.Equal(["british", "fox news"], QuestionNames.Groups("Which British-born Fox News contributor came second?").Select(n => string.Join(' ', n.Words)));

    [Theory]
    [InlineData("november", true)]
    [InlineData("friday", true)]
    [InlineData("northland", false)]
    public void IsCalendar_Word_IsWhetherItNamesADayOrMonth(string word, bool calendar) => Assert.Equal(calendar, QuestionNames.IsCalendar(word));

    [Fact]
    public void Of_FirstWordOfTheQuestion_IsNotAName() =>
        Assert.Equal(["sunak"], QuestionNames.Of("Rishi Sunak faced how many probes?"));

    [Fact]
    public void WrittenAsNames_LowerCaseQuestion_TakesWordsTheStoriesWriteOnlyAsNames() =>
        Assert.Equal(
            ["millbrook", "rovers"],
            QuestionNames.WrittenAsNames(
                "who is the coach of millbrook rovers",
                ["Millbrook Rovers won the cup.", "The Rovers fans cheered.", "Coach of the year went to someone else."]).Order());

    [Fact]
    public void WrittenAsNames_QuestionWritingNames_IsEmpty() =>
        Assert.Empty(QuestionNames.WrittenAsNames("who is the coach of Millbrook Rovers", ["Millbrook Rovers won the cup."]));

    [Fact]
    public void WrittenAsNameGroups_LowerCaseQuestion_GroupsNameWordsInARow() =>
        Assert.Equal(
            ["lumen", "skerry islands"],
            QuestionNames.WrittenAsNameGroups(
                "did lumen build near the skerry islands",
                ["Lumen Robotics opened a factory off the Skerry Islands.", "The company builds robots."])
                .Select(n => string.Join(' ', n.Words)));

    [Fact]
    public void WrittenAsNameGroups_QuestionWithAnyCapital_IsEmpty() =>
        Assert.Empty(QuestionNames.WrittenAsNameGroups("Which country banned tobacco for today's teens?", ["USA Today reported the ban."]));

    [Fact]
    public void WrittenAsNames_PlainWordBesideANameItIsWrittenWith_IsPartOfTheName() =>
        Assert.Equal(
            ["ellery", "port"],
            QuestionNames.WrittenAsNames(
                "what happened in port ellery last month",
                ["Ferry services between Port Ellery and the islands resume.", "The company chose the city for its port."]).Order());
}
