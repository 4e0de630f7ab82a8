using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class SpellingTests
{
    private static readonly Dictionary<string, int> Vocabulary = new(StringComparer.Ordinal)
    {
        ["evacuated"] = 3, ["flood"] = 5, ["floor"] = 1, ["millbrook"] = 4, ["hospital"] = 2, ["children"] = 2,
        ["rovers"] = 6, ["bank"] = 4, ["strike"] = 3,
    };

    [Theory]
    [InlineData("evacuatd", "evacuated")]
    [InlineData("flod", "flood")]
    [InlineData("milbrook", "millbrook")]
    [InlineData("hospitl", "hospital")]
    [InlineData("hsopital", "hospital")]
    [InlineData("childrens", "children")]
    [InlineData("srtike", "strike")]
    public void Correct_OneOrTwoEditsAway_NearestMostFrequentWord(string typo, string expected) =>
        Assert.Equal(expected, Spelling.Correct(typo, Vocabulary));

    [Theory]
    [InlineData("airport")]
    [InlineData("fold")]
    [InlineData("bus")]
    public void Correct_NoWordCloseEnough_Null(string word) => Assert.Null(Spelling.Correct(word, Vocabulary));

    [Theory]
    [InlineData("drivers")]
    [InlineData("sank")]
    public void Correct_CloseWordWithAnotherFirstLetter_Null(string word) => Assert.Null(Spelling.Correct(word, Vocabulary));
}
