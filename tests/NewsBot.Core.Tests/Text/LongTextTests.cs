using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class LongTextTests
{
    [Fact]
    public void Break_RunLongerThan64_SpaceEvery64CharactersAndProseUntouched()
    {
        const string Prose = "The council met on Tuesday at https://example.org/a/short/link.";
        var run = new string('x', 150);

        Assert.Same(Prose, LongWords.Break(Prose));
        Assert.Equal($"a {new string('x', 64)} {new string('x', 64)} {new string('x', 22)} b", LongWords.Break($"a {run} b"));
    }

    [Fact]
    public void Words_RunLongerThan64_ComesInPiecesOf64()
    {
        var words = Terms.Words("ferry " + new string('z', 130)).ToList();

        Assert.Equal(["ferry", new string('z', 64), new string('z', 64), "zz"], words);
    }

    [Fact(Timeout = 120_000)]
    public async Task Split_MegabyteParagraphOfAbbreviations_SplitWithinTheTimeout()
    {
        // Every "Mr." is a possible end of sentence that is not one; checking each used to copy all the text before it.
        var paragraph = string.Concat(Enumerable.Repeat("Mr. Smith ", 100_000)) + "left. Then it rained.";

        var sentences = await Task.Run(() => SentenceSplitter.Split(paragraph).ToList(), TestContext.Current.CancellationToken);

        Assert.Equal(2, sentences.Count);
        Assert.Equal("Then it rained.", sentences[1]);
    }
}
