using NewsBot.Core.Answering;

namespace NewsBot.Core.Tests.Answering;

public sealed class SpeechTests
{
    [Theory]
    [InlineData("What did Ida Sund say after the match?", true)]
    [InlineData("what did the governor announce about rates", true)]
    [InlineData("What did Sony say it will no longer produce?", false)]
    [InlineData("What did the council decide about the tram?", false)]
    [InlineData("What did say about the tram cost?", false)]
    [InlineData("what does the mayor think of the tram", true)]
    [InlineData("What do shop owners feel about the roadworks?", true)]
    [InlineData("What do you think it will cost?", false)]
    public void Asked_Question_IsTrueWhenItAsksWhatSomeoneSaid(string question, bool expected) =>
        Assert.Equal(expected, Speech.Asked(question));

    [Theory]
    [InlineData("Governor Hanna Ekdahl said prices rose 2.9 percent.", true)]
    [InlineData("Mayor Ilse Brandt called the vote \"the most important transport decision\".", true)]
    [InlineData("Striker Ida Sund scored the winner in the 88th minute.", false)]
    public void In_Sentence_IsTrueWhenItReportsASaying(string sentence, bool expected) =>
        Assert.Equal(expected, Speech.In(sentence));

    [Fact]
    public void Speaker_WhatDidSomeoneSay_IsWhoSaidIt() =>
        Assert.Equal(["mayors", "office"], Speech.Speaker("what did the mayors office say about the 240 million figure"));

    [Theory]
    [InlineData("The mayor's office said the higher figure counts rolling stock that would be bought anyway.", true)]
    [InlineData("An estimate puts the cost well above the 212 million figure announced by the mayor.", false)]
    [InlineData("Governor Hanna Ekdahl said prices rose 2.9 percent.", false)]
    public void By_Sentence_IsTrueWhenTheSpeakerAskedSaysIt(string sentence, bool expected) =>
        Assert.Equal(expected, Speech.By(sentence, ["mayors", "office"]));

    [Fact]
    public void By_SpeakerDescribedBetweenCommas_StillSaysIt() =>
        Assert.True(Speech.By("Councillor Petra Holm, who voted against, said shop owners on Eastfield Road fear two years of roadworks.", ["councillor", "holm"]));

    [Theory]
    [InlineData("Supporters say the line will cut the journey from Eastfield to the harbour.", true)]
    [InlineData("Mayor Ilse Brandt said construction would start next spring.", false)]
    [InlineData("Work is expected to finish in 2029.", false)]
    public void ByAnother_Sentence_IsTrueWhenSomeoneElseSaysIt(string sentence, bool expected) =>
        Assert.Equal(expected, Speech.ByAnother(sentence, ["mayor"]));
}
