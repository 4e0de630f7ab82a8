using NewsBot.Core.Answering;

namespace NewsBot.Core.Tests.Answering;

public sealed class HeadlineTests
{
    [Theory]
    [InlineData("Top chef bans diners | The Week UK", "Top chef bans diners.")]
    [InlineData("Snow crabs have disappeared from the waters of ...", "Snow crabs have disappeared from the waters of …")]
    [InlineData("Council approves tram extension to Eastfield", "Council approves tram extension to Eastfield.")]
    [InlineData("Is the ferry deal smaller than claimed?", "Is the ferry deal smaller than claimed?")]
    public void ForAnswer_Title_SentenceWithoutSiteNameOrEllipsis(string title, string expected) =>
        Assert.Equal(expected, Headline.ForAnswer(title));

    [Theory]
    [InlineData("5 things to know for July 5: Shooting, Ukraine, Jayland Walker …", true)]
    [InlineData("Ten Things You Need to Know Today: 10 August 2022", true)]
    [InlineData("Replanting cacti, Muscogean heritage: News from around our 50 states", true)]
    [InlineData("Quiz of The Week: 5 - 11 August | The Week UK", true)]
    [InlineData("China's lockdown protests: What you need to know", false)]
    [InlineData("Ford, Chevrolet, BMW, Mitsubishi recall nearly 1.3 million vehicles", false)]
    public void HeadsADigest_Title_TellsADigestOfManyStoriesFromOneStory(string title, bool expected) =>
        Assert.Equal(expected, Headline.HeadsADigest(title));
}
