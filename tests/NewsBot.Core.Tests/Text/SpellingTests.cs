using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class SpellingTests
{
    private static readonly Dictionary<string, int> Vocabulary = new(StringComparer.Ordinal)
    {
        ["evacuated"] = 3, ["flood"] = 5, ["floor"] = 1, ["millbrook"] = 4, ["hospital"] = 2, ["children"] = 2,
        ["rovers"] = 6, ["bank"] = 4, ["strike"] = 3, ["change"] = 2, ["crossings"] = 1, ["cancelled"] = 1,
        ["run"] = 2, ["stop"] = 1, ["ad"] = 1,
    };

    [Theory]
    [InlineData("running", "run")]
    [InlineData("stopped", "stop")]
    public void Correct_DoubledConsonantBeforeEnding_TheShortWord(string word, string expected) =>
        Assert.Equal(expected, Spelling.Correct(word, Vocabulary, knownWord: true));

    [Fact]
    public void Correct_WordEndingInADoubledD_IsNotShortened() => Assert.Null(Spelling.Correct("added", Vocabulary, knownWord: true));

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
    [InlineData("happend", "happened")]
    [InlineData("becuase", "because")]
    [InlineData("aroud", "around")]
    [InlineData("fishermen", null)]
    [InlineData("thes", null)]
    public void OneEditFrom_StopWordMisspelt_ThatWord(string word, string? expected) =>
        Assert.Equal(expected, Spelling.OneEditFrom(word, ["happened", "because", "around", "story", "these"]));

    [Theory]
    [InlineData("drivers")]
    [InlineData("sank")]
    public void Correct_CloseWordWithAnotherFirstLetter_Null(string word) => Assert.Null(Spelling.Correct(word, Vocabulary));

    [Theory]
    [InlineData("crossing", "crossings")]
    [InlineData("canceled", "cancelled")]
    public void Correct_DictionaryWord_JoinedToAnotherFormOfItself(string word, string expected) =>
        Assert.Equal(expected, Spelling.Correct(word, Vocabulary, knownWord: true));

    [Fact]
    public void Correct_OnlyThePluralIndexed_ThePlural()
    {
        var plurals = new Dictionary<string, int>(StringComparer.Ordinal) { ["floods"] = 1, ["fields"] = 1 };

        Assert.Equal("floods", Spelling.Correct("flod", plurals));
    }

    [Theory]
    [InlineData("flod", "flood")]
    [InlineData("milbrook", "millbrook")]
    public void Correct_OneEditFromSeveralWords_TheWordWithALetterDoubled(string typo, string expected)
    {
        var near = new Dictionary<string, int>(StringComparer.Ordinal) { ["food"] = 9, [expected] = 1, ["fold"] = 4, ["floods"] = 2, ["millbrooks"] = 3 };

        Assert.Equal(expected, Spelling.Correct(typo, near));
    }

    [Fact]
    public void Correct_OnlyAPluralOneEditFromASingularAndAnotherWord_ThePluralWhenItUndoubles()
    {
        var near = new Dictionary<string, int>(StringComparer.Ordinal) { ["food"] = 3, ["floods"] = 1 };

        Assert.Equal("floods", Spelling.Correct("flod", near));
    }

    [Fact]
    public void Correct_DictionaryWordOneEditFromAnotherWord_KeptAsAsked()
    {
        Assert.Equal("change", Spelling.Correct("charge", Vocabulary));
        Assert.Null(Spelling.Correct("charge", Vocabulary, knownWord: true));
    }
}
