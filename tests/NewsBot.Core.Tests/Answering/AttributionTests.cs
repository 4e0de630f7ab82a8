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
    public void Attribute_Sentence_NamesOutletAndLowersOnlyOrdinaryOpeners(string sentence, string expected) =>
        Assert.Equal(expected, Attribution.Attribute("Valley Courier", sentence));

    [Fact]
    public void Attribute_SentenceOpensWithAccordingTo_NamesOutletWithoutRepeatingIt() =>
        Assert.Equal(
            "Valley Courier reports that, according to the harbour master, both routes are shut.",
            Attribution.Attribute("Valley Courier", "According to the harbour master, both routes are shut."));

    [Fact]
    public void Attribute_UnknownOutlet_LeavesSentenceAlone() =>
        Assert.Equal("The council voted 7 to 4.", Attribution.Attribute(null, "The council voted 7 to 4."));
}
