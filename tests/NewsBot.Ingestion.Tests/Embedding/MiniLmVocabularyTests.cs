using NewsBot.Ingestion.Embedding;

namespace NewsBot.Ingestion.Tests.Embedding;

/// <summary>The dictionary read from the vocabulary the MiniLM package carries.</summary>
public sealed class MiniLmVocabularyTests
{
    private readonly MiniLmVocabulary vocabulary = new();

    [Theory]
    [InlineData("charge")]
    [InlineData("designed")]
    [InlineData("ferry")]
    public void Contains_CommonEnglishWord_True(string word) => Assert.True(vocabulary.Contains(word));

    [Theory]
    [InlineData("evacuatd")]
    [InlineData("turbins")]
    [InlineData("##ing")]
    [InlineData("[CLS]")]
    public void Contains_TypoWordPieceOrModelToken_False(string word) => Assert.False(vocabulary.Contains(word));
}
