using NewsBot.Core.Answering;

namespace NewsBot.Core.Tests.Answering;

public sealed class QuotableTests
{
    [Theory]
    [InlineData("Why it matters")]
    [InlineData("What happens next")]
    [InlineData("Sign up for our morning newsletter to get the news first.")]
    [InlineData("What does PSL stand for?")]
    [InlineData("Read more.")]
    [InlineData("Data shows the tech companies that trimmed the most jobs last year include:")]
    [InlineData("Editor's note: This page is a summary of news on the storm for Tuesday, Dec. 10.")]
    [InlineData("MUST WATCH Former CIA director explains what it takes for targeted drone strikes 01:20")]
    [InlineData("JUST WATCHED What is a bear market? Replay More Videos ...")]
    [InlineData("►Ted Lasso x Nike: Ted Lasso season 3 is here and we’re watching it in Nike’s AFC Richmond collection")]
    [InlineData("FOLLOW THE MONEY: MLB player salaries and payrolls for every major league team")]
    [InlineData("Hide Caption 27 of 44 Photos: Tennis legend Serena Williams is congratulated by her sister Venus.")]
    public void Quotable_SubheadPromptOrQuestion_False(string line) => Assert.False(SentenceScorer.Quotable(line));

    [Theory]
    [InlineData("The river peaked at 4.1 metres on Thursday.")]
    [InlineData("\"Nobody asked the people who will lose their trade,\" she said.")]
    [InlineData("WASHINGTON—Days after his vote, Rep. Glenn Grothman said he would attend the wedding.")]
    [InlineData("NASA said: the rocket will roll back to the hangar on Friday.")]
    public void Quotable_ReportedSentence_True(string line) => Assert.True(SentenceScorer.Quotable(line));
}
