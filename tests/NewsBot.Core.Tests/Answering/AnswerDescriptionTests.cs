using NewsBot.Core.Answering;
using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Answering;

public sealed class AnswerDescriptionTests
{
    [Fact]
    public void Of_WhichWithNamesBeforeTheNoun_GivesTheNamesAndTheNoun()
    {
        var description = AnswerDescription.Of("A deadly plane crash recently occurred in which South Asian country?");

        Assert.Equal(["south", "asian"], description.Names.Order(StringComparer.Ordinal).Reverse());
        Assert.Equal("country", description.Kind);
    }

    [Fact]
    public void Excuses_ArticleSpeaksOfTheKind_ExcusesOnlyTheDescribingNames()
    {
        var description = AnswerDescription.Of("Which US state is considering exonerating accused witches?");
        var stems = new[] { "massachusetts", "state", "witches" }.Select(Terms.Stem).ToHashSet(StringComparer.Ordinal);

        Assert.True(description.Excuses("us", stems));
        Assert.False(description.Excuses("witches", stems));
        Assert.False(description.Excuses("us", new HashSet<string>(StringComparer.Ordinal) { Terms.Stem("massachusetts") }));
    }

    [Fact]
    public void Of_NoWhichOrWhat_DescribesNothing()
    {
        var description = AnswerDescription.Of("Who won the cup final in Port Ellery?");

        Assert.Empty(description.Names);
        Assert.Null(description.Kind);
    }

    [Theory]
    [InlineData("Which is the US’ favorite dog breed, according to new statistics?", "us", "breed")]
    [InlineData("What is Britain's most popular sport?", "britain", "sport")]
    public void Of_NameOwnsTheAnswer_GivesTheNameAndTheNounItOwns(string question, string name, string kind)
    {
        var description = AnswerDescription.Of(question);

        Assert.Equal([name], description.Names);
        Assert.Equal(kind, description.Kind);
    }

    [Fact]
    public void Of_WhatIsWithoutAnOwner_DescribesNothing()
    {
        var description = AnswerDescription.Of("What is the name of the boat that sank off the Skerry Islands?");

        Assert.Empty(description.Names);
        Assert.Null(description.Kind);
    }
}
