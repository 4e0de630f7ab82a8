using NewsBot.Core.Answering;
using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Answering;

public sealed class CountedThingTests
{
    [Theory]
    [InlineData("how many households can the wind farm supply", "households")]
    [InlineData("How many new stops is the Eastfield line getting?", "stops")]
    [InlineData("how many people showed up when the library reopened?", "people")]
    [InlineData("how many trams stops does the extension add", "stops")]
    [InlineData("how many fans watched the final", "fans")]
    public void Of_HowManyQuestion_NamesWhatItCounts(string question, string expected) =>
        Assert.Equal(expected, CountedThing.Of(question));

    [Theory]
    [InlineData("Who won the regional cup?")]
    [InlineData("How much did the tram cost?")]
    public void Of_QuestionCountingNothing_Null(string question) =>
        Assert.Null(CountedThing.Of(question));

    [Theory]
    [InlineData("How many electric buses does Port Ellery have?", "electric")]
    [InlineData("How many new tram stops will there be?", "new tram")]
    [InlineData("How many fans were at the final?", "")]
    [InlineData("Who won the final?", "")]
    public void Describing_Question_GivesTheWordsBeforeWhatItCounts(string question, string expected) =>
        Assert.Equal(expected, string.Join(' ', CountedThing.Describing(question)));

    [Fact]
    public void AfterFigures_SentenceWithFigures_GivesTheWordsThatSayWhatEachCounts() =>
        Assert.Equal(
            ["turbine", "wind", "homes"],
            CountedThing.AfterFigures("The agency approved a 48-turbine wind farm that will power 310,000 homes by 2030."));

    [Theory]
    [InlineData("The council passed the plan 7 to 4.", true)]
    [InlineData("The first sailing will leave at 6 am.", false)]
    [InlineData("Doors open at 9 a.m. on Saturday.", false)]
    public void Counts_BareFigure_CountsUnlessATimeOfDay(string sentence, bool counts) =>
        Assert.Equal(counts, CountedThing.Counts(sentence, new HashSet<string> { "job" }));

    [Theory]
    [InlineData("Port Ellery city council voted 7 to 4 on Monday to extend the harbour tram line.", "how many people voted against the tram", true)]
    [InlineData("Port Ellery city council voted 7 to 4 on Monday to extend the harbour tram line.", "how many trams will run on the line", false)]
    [InlineData("The extension passed city council by 7 votes to 4 on Monday.", "how many trams will run on the line", false)]
    [InlineData("The extension passed city council by 7 votes to 4 on Monday.", "how many votes did the extension get", true)]
    public void Counts_Tally_CountsOnlyWhatTheQuestionAsksOfItsVerb(string sentence, string question, bool counts)
    {
        var thing = Terms.Stem(CountedThing.Of(question)!);
        var asked = QuestionKeywords.Stems(question).Where(s => s != thing).ToHashSet();

        Assert.Equal(counts, CountedThing.Counts(sentence, new HashSet<string> { thing }, asked: asked));
    }

    [Theory]
    [InlineData("Lumen Robotics will employ 400 people by the end of next year.", true)]
    [InlineData("The extension adds six stops and 5.2 kilometres of track.", true)]
    [InlineData("The company chose Port Ellery for its port and the planned tram line.", false)]
    [InlineData("Work is expected to finish in 2029.", false)]
    [InlineData("The first sailing would leave at 6 am.", false)]
    public void GivesAny_Sentence_TellsWhetherItGivesACount(string sentence, bool expected) =>
        Assert.Equal(expected, CountedThing.GivesAny(sentence));
}
