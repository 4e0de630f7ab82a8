using NewsBot.Core.Answering;

namespace NewsBot.Core.Tests.Answering;

public sealed class AttributionTests
{
    [Theory]
    [InlineData("With more than 300 homes empty, the town waited.", "According to Valley Courier, with more than 300 homes empty, the town waited.")]
    [InlineData("The council voted 7 to 4.", "According to Valley Courier, the council voted 7 to 4.")]
    [InlineData("Port Ellery voted 7 to 4.", "According to Valley Courier, Port Ellery voted 7 to 4.")]
    [InlineData("I was there, the mayor said.", "According to Valley Courier, I was there, the mayor said.")]
    [InlineData("No injuries were reported.", "According to Valley Courier, no injuries were reported.")]
    [InlineData("However, the river is falling.", "According to Valley Courier, however, the river is falling.")]
    public void Attribute_Sentence_NamesOutletAndLowersOnlyOrdinaryOpeners(string sentence, string expected) =>
        Assert.Equal(expected, Attribution.Attribute("Valley Courier", sentence));

    [Fact]
    public void Attribute_SentenceOpensWithAccordingTo_NamesOutletWithoutRepeatingIt() =>
        Assert.Equal(
            "Valley Courier reports that, according to the harbour master, both routes are shut.",
            Attribution.Attribute("Valley Courier", "According to the harbour master, both routes are shut."));

    [Theory]
    [InlineData("Ferry crews go back to work on Thursday.", "According to Valley Courier, ferry crews go back to work on Thursday.")]
    [InlineData("Harbour master Jonas Lind said the first sailing would leave at 6 am.", "According to Valley Courier, harbour master Jonas Lind said the first sailing would leave at 6 am.")]
    [InlineData("Millbrook Rovers won the ferry cup.", "According to Valley Courier, Millbrook Rovers won the ferry cup.")]
    [InlineData("Passengers can claim refunds.", "According to Valley Courier, Passengers can claim refunds.")]
    public void Attribute_OpeningWordTheStoryWritesInLowerCase_LowersItUnlessANameFollows(string sentence, string expected) =>
        Assert.Equal(expected, Attribution.Attribute("Valley Courier", sentence, "The ferry company said the harbour office is open. " + sentence + " Millbrook won."));

    [Fact]
    public void Attribute_OpeningWordInLowerCaseOnlyInAWebAddress_KeepsItsCapital() =>
        Assert.Equal(
            "According to Valley Courier, Toyota is recalling 1.8 million cars.",
            Attribution.Attribute("Valley Courier", "Toyota is recalling 1.8 million cars.", "Owners can visit toyota.com/recall to check."));

    [Fact]
    public void Attribute_UnknownOutlet_LeavesSentenceAlone() =>
        Assert.Equal("The council voted 7 to 4.", Attribution.Attribute(null, "The council voted 7 to 4."));
}
