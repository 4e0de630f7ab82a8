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
        var once = TextAnalyzer.DocumentWeights("tariff");
        var thrice = TextAnalyzer.DocumentWeights("tariff tariff tariff");

        Assert.Equal(once.Indices, thrice.Indices);
        Assert.True(thrice.Values[0] > once.Values[0]);
        Assert.True(thrice.Values[0] < 3 * once.Values[0]);
    }

    [Fact]
    public void DocumentWeights_WordInHeadline_CountsTitleWeightOfAPassageWord()
    {
        var weights = TextAnalyzer.DocumentWeights("Drought deepens.", "Drought in the south");
        var passage = TextAnalyzer.DocumentWeights("Drought deepens.");
        var drought = TextAnalyzer.TermIndex("drought");
        var south = TextAnalyzer.TermIndex("south");

        float Weight(Core.Text.SparseTerms terms, uint index) => terms.Values[terms.Indices.ToList().IndexOf(index)];

        Assert.Equal(Weight(passage, drought) * (1 + TextAnalyzer.TitleWeight), Weight(weights, drought), 4);
        Assert.Equal(Weight(passage, drought) * TextAnalyzer.TitleWeight, Weight(weights, south), 4);
    }

    [Fact]
    public void QueryWeights_InflectedAndAccentedQuery_SharesIndicesWithDocument()
    {
        var document = TextAnalyzer.DocumentWeights("Exports from Zurich rose.");
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
}
