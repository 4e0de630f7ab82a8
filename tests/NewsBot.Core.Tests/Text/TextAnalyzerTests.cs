using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class TextAnalyzerTests
{
    [Fact]
    public void Analyze_Sentence_DropsStopWordsFoldsAccentsAndStems()
    {
        Assert.Equal(["polic", "seiz", "crab", "zurich"], TextAnalyzer.Analyze("The police seized the crabs in Zürich's harbour").Take(4));
    }

    [Theory]
    [InlineData("Łódź", "lodz")]
    [InlineData("São", "sao")]
    [InlineData("Straße", "strasse")]
    [InlineData("Ærø", "aero")]
    public void Analyze_AccentedWord_MatchesPlainSpelling(string accented, string plain)
    {
        Assert.Equal(TextAnalyzer.Analyze(plain), TextAnalyzer.Analyze(accented));
    }

    [Fact]
    public void DocumentWeights_RepeatedWord_WeighsMoreButSaturates()
    {
        var tariff = TextAnalyzer.TermIndex("tariff");
        var once = Weight(TextAnalyzer.DocumentWeights("tariff ports docks", string.Empty, Bm25.TypicalLength), tariff);
        var thrice = Weight(TextAnalyzer.DocumentWeights("tariff tariff tariff", string.Empty, Bm25.TypicalLength), tariff);

        Assert.InRange(thrice, once * 1.1f, once * 2f);
    }

    [Fact]
    public void DocumentWeights_OneMentionInPassageOfAverageLength_WeighsOne()
    {
        var text = string.Join(' ', Enumerable.Range(0, 56).Select(i => "filler" + i));

        var weights = TextAnalyzer.DocumentWeights(text + " quorum", string.Empty, 57f);

        Assert.Equal(1f, Weight(weights, TextAnalyzer.TermIndex("quorum")), 5);
    }

    [Fact]
    public void DocumentWeights_LongerPassage_WeighsTheSameMentionLess()
    {
        var quorum = TextAnalyzer.TermIndex("quorum");
        var shortPassage = Weight(TextAnalyzer.DocumentWeights("A quorum was reached.", string.Empty, 20f), quorum);
        var longPassage = Weight(TextAnalyzer.DocumentWeights("A quorum was reached after members returned from a long recess in the capital.", string.Empty, 20f), quorum);

        Assert.True(longPassage < shortPassage, $"{longPassage} should be under {shortPassage}");
    }

    [Fact]
    public void DocumentWeights_WordInHeadline_CountsLessThanInPassage()
    {
        var drought = TextAnalyzer.TermIndex("drought");
        var inPassage = Weight(TextAnalyzer.DocumentWeights("Drought deepens", "Rain in the south", Bm25.TypicalLength), drought);
        var inHeadline = Weight(TextAnalyzer.DocumentWeights("Rain deepens", "Drought in the south", Bm25.TypicalLength), drought);

        Assert.InRange(inHeadline, 0.1f * inPassage, 0.9f * inPassage);
    }

    [Fact]
    public void QueryWeights_InflectedAndAccentedQuery_SharesIndicesWithDocument()
    {
        var document = TextAnalyzer.DocumentWeights("Exports from Zurich rose.", string.Empty, Bm25.TypicalLength);
        var query = TextAnalyzer.QueryWeights(["exported", "Zürich", "the"]);

        Assert.Equal(2, query.Indices.Count);
        Assert.All(query.Indices, i => Assert.Contains(i, document.Indices));
        Assert.Equal(query.Indices.Order(), query.Indices);
    }

    [Fact]
    public void QueryWeights_OnlyStopWords_IsEmpty()
    {
        Assert.True(TextAnalyzer.QueryWeights(["the", "of", ""]).IsEmpty);
    }

    private static float Weight(SparseTerms terms, uint index) => terms.Values[terms.Indices.ToList().IndexOf(index)];
}
