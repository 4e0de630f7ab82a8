using NewsBot.Discord.Bot;

namespace NewsBot.Discord.Tests.Bot;

public sealed class FollowUpTests
{
    [Fact]
    public void Condense_PronounFollowUp_CarriesEarlierName()
    {
        Assert.Equal("what did they decide about Eastfield tram?", FollowUp.Condense("what did they decide?", "What about the Eastfield tram?"));
    }

    [Fact]
    public void Condense_FollowUpNamingItsOwnSubject_LeftAlone()
    {
        Assert.Equal("When does the Eastfield tram open?", FollowUp.Condense("When does the Eastfield tram open?", "What about the Eastfield tram?"));
    }

    [Fact]
    public void Condense_EarlierWithoutNames_CarriesContentWords()
    {
        Assert.Equal("how much did it cost about flood barrier?", FollowUp.Condense("how much did it cost?", "what about the flood barrier?"));
    }
}
