using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class PlaceNamesTests
{
    [Theory]
    [InlineData("Storm Hale drenched southern Oregon on Sunday", "State", true)]
    [InlineData("The storm reached New Mexico's border on Sunday", "State", true)]
    [InlineData("Governor Dana Reyes urged everyone to stay indoors", "State", false)]
    [InlineData("Talks were held in Italy this week", "Country", true)]
    [InlineData("Leaders from South Korea and Brazil were invited", "Nation", true)]
    [InlineData("Talks were held in Italy this week", "City", false)]
    public void Named_SentenceAndKindAsked_TellsWhetherItNamesOne(string sentence, string kind, bool expected)
    {
        var names = PlaceNames.Of(kind);

        Assert.Equal(expected, names is not null && PlaceNames.Named(sentence.Split(' '), names, _ => true));
    }

    [Fact]
    public void Named_OnlyAPlaceTheQuestionAlreadyNames_IsNotNamed()
    {
        var words = "Officials in Texas said the storm moved on".Split(' ');

        Assert.False(PlaceNames.Named(words, PlaceNames.Of("State")!, w => w != "Texas"));
    }
}
