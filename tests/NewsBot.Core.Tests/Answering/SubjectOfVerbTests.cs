using NewsBot.Core.Answering;
using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Answering;

public sealed class SubjectOfVerbTests
{
    [Theory]
    [InlineData("Harbour master Jonas Lind said the first sailing would leave at 6 am.", "leave", "first sailing")]
    [InlineData("Lumen Robotics opened a factory in Eastfield on Thursday.", "open", "Lumen Robotics")]
    [InlineData("After the vote, crews will finally return to work.", "return", "crews")]
    public void In_SentenceSayingTheVerb_IsTheWordsRightBeforeIt(string sentence, string verb, string subject) =>
        Assert.Equal(subject, SubjectOfVerb.In(sentence, stem => stem == Terms.Stem(verb)));

    [Theory]
    [InlineData("The tram will open in 2029, the mayor said.", "close")]
    [InlineData("Opened in 1968, the library is the city's oldest.", "open")]
    public void In_VerbMissingOrOpeningTheSentence_IsNull(string sentence, string verb) =>
        Assert.Null(SubjectOfVerb.In(sentence, stem => stem == Terms.Stem(verb)));
}
