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
}
