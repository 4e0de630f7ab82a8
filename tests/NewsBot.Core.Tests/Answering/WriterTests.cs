using NewsBot.Core.Answering;

namespace NewsBot.Core.Tests.Answering;

public sealed class WriterTests
{
    [Theory]
    [InlineData("who wrote the article about the tram vote?", "tell me about the tram vote")]
    [InlineData("Who reported on the flood in Millbrook", "tell me about the flood in Millbrook")]
    [InlineData("who is the author of the story on the ferry strike", "tell me about the ferry strike")]
    [InlineData("Who wrote about the wind farm?", "tell me about the wind farm")]
    [InlineData("what is the name of the reporter behind the rescue story", "tell me about the rescue story")]
    [InlineData("who wrote the tram article", "tell me about tram")]
    [InlineData("who wrote the flood report in millbrook?", "tell me about flood in millbrook")]
    [InlineData("who reported for the courier on the tram", "tell me about the tram from the courier")]
    [InlineData("who wrote for the Harbour Gazette about the ferry strike?", "tell me about the ferry strike from the Harbour Gazette")]
    [InlineData("when was the library story published", "tell me about library")]
    [InlineData("what day did the story about the flood come out?", "tell me about the flood")]
    [InlineData("When was the Courier's tram article published?", "tell me about Courier's tram")]
    [InlineData("which outlets covered the ferry strike?", "tell me about the ferry strike")]
    [InlineData("What papers reported on the tram vote", "tell me about the tram vote")]
    public void Topic_QuestionAskingWhoWroteAStory_IsTheStorysTopic(string question, string topic) =>
        Assert.Equal(topic, Writer.Topic(question));

    [Theory]
    [InlineData("who wrote the letter to the council")]
    [InlineData("which outlets are based in Port Ellery")]
    [InlineData("who covered the costs of the tram")]
    [InlineData("who reported the fishermen missing")]
    [InlineData("who wrote the article?")]
    [InlineData("what did the reporter say about the tram")]
    [InlineData("when was the story published")]
    [InlineData("when was the tram approved")]
    public void Topic_QuestionAboutTheNewsItself_IsNull(string question) =>
        Assert.Null(Writer.Topic(question));
}
