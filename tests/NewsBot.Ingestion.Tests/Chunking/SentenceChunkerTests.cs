using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Text;
using NewsBot.Ingestion.Chunking;

namespace NewsBot.Ingestion.Tests.Chunking;

public sealed class SentenceChunkerTests
{
    private static readonly TiktokenCounter Tokens = new();

    [Fact]
    public void Split_LongArticle_EveryChunkWithinTokenBound()
    {
        var chunks = Chunker(maxTokens: 60, overlap: 15).Split(LongArticle());

        Assert.True(chunks.Count > 3);
        Assert.All(chunks, c => Assert.True(Tokens.Count(c.Text) <= 60, $"chunk {c.Position} has {Tokens.Count(c.Text)} tokens"));
    }

    [Fact]
    public void Split_LongArticle_ConsecutiveChunksShareASentence()
    {
        var chunks = Chunker(maxTokens: 60, overlap: 20).Split(LongArticle());

        for (var i = 1; i < chunks.Count; i++)
        {
            var previousLast = SentenceSplitter.SplitText(chunks[i - 1].Text).Last();
            Assert.Contains(previousLast, chunks[i].Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Split_Article_ChunksCarryIdsPositionsAndTitleDatePrefix()
    {
        var article = LongArticle();

        var chunks = Chunker(maxTokens: 60, overlap: 10).Split(article);

        Assert.Equal(Enumerable.Range(0, chunks.Count), chunks.Select(c => c.Position));
        Assert.All(chunks, c =>
        {
            Assert.Equal(article.Id, c.ArticleId);
            Assert.Equal($"{article.Id}#{c.Position}", c.Id);
            Assert.StartsWith("Harbour bridge reopens\n2026-11-02\n", c.EmbeddingText, StringComparison.Ordinal);
            Assert.EndsWith(c.Text, c.EmbeddingText, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Split_SentencesWithAbbreviations_NotCutAfterMrOrInitials()
    {
        var sentences = SentenceSplitter.Split("Mr. Blinken met Mr. Lavrov in New Delhi. J. R. Smith said the U.S. would respond. It was short.").ToList();

        Assert.Equal(
            ["Mr. Blinken met Mr. Lavrov in New Delhi.", "J. R. Smith said the U.S. would respond.", "It was short."],
            sentences);
    }

    [Fact]
    public void Split_CaseNameOrTitle_NotCutAfterVOrRev()
    {
        var sentences = SentenceSplitter.Split("Before the court struck down Roe v. Wade, Rev. Al Green spoke. Mifepristone was legal.").ToList();

        Assert.Equal(["Before the court struck down Roe v. Wade, Rev. Al Green spoke.", "Mifepristone was legal."], sentences);
    }

    [Fact]
    public void Split_OneSentenceLongerThanAChunk_CutBetweenWordsWithinBound()
    {
        var words = string.Join(' ', Enumerable.Range(0, 300).Select(i => $"word{i}"));
        var article = new Article("x", "T", words + ".", null, null, null, "x.txt", "k");

        var chunks = Chunker(maxTokens: 50, overlap: 0).Split(article);

        Assert.True(chunks.Count > 5);
        Assert.All(chunks, c => Assert.True(Tokens.Count(c.Text) <= 50));
        Assert.Contains("word299", chunks[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_TwoParagraphs_PassageKeepsTheParagraphBreak()
    {
        var article = new Article("x", "T", "What they talked about\n\nThe two ministers spoke for ten minutes.", null, null, null, "x.txt", "k");

        var chunk = Assert.Single(Chunker(100, 10).Split(article));

        Assert.Equal("What they talked about\nThe two ministers spoke for ten minutes.", chunk.Text);
    }

    [Fact]
    public void Split_EmptyBody_NoChunks()
    {
        var article = new Article("x", "T", "  \n\n ", null, null, null, "x.txt", "k");

        Assert.Empty(Chunker(100, 10).Split(article));
    }

    [Fact(Timeout = 120_000)]
    public async Task Split_OneMegabyteLineWithoutSpaces_CutIntoPassagesWithinTheTokenBound()
    {
        // Whole, this line takes the cl100k tokeniser over 18 minutes; the timeout only stops a regression hanging the run.
        var line = string.Concat(Enumerable.Repeat("abcdefghij", 104_858));
        var article = new Article("x", "Long line", "A first sentence.\n\n" + line, null, null, null, "x.txt", "k");

        var chunks = await Task.Run(() => Chunker(128, 32).Split(article), TestContext.Current.CancellationToken);

        Assert.True(chunks.Count > 100);
        Assert.All(chunks, c => Assert.True(c.TokenCount <= 128, $"chunk {c.Position} has {c.TokenCount} tokens"));
        Assert.True(chunks.Sum(c => c.Text.Count(char.IsAsciiLetterLower)) >= line.Length, "some of the line was lost");
    }

    private static SentenceChunker Chunker(int maxTokens, int overlap) =>
        new(Tokens, Options.Create(new ChunkingOptions { MaxTokens = maxTokens, OverlapTokens = overlap }));

    private static Article LongArticle()
    {
        var paragraphs = Enumerable.Range(1, 8).Select(p =>
            $"Engineers finished stage {p} of the repairs on Monday. The crew replaced {p * 12} cables along the span. " +
            $"Residents said the detour had added {p} minutes to each trip.");
        return new Article("a-1", "Harbour bridge reopens", string.Join("\n\n", paragraphs), "Gazette",
            new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero), null, "bridge.txt", "samples");
    }
}
