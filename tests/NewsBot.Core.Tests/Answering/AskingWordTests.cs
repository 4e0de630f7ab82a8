using NewsBot.Core.Answering;

namespace NewsBot.Core.Tests.Answering;

public sealed class AskingWordTests
{
    [Theory]
    [InlineData("wich boat sank near the skerry islands", "which boat sank near the skerry islands")]
    [InlineData("Wen does the first ferry leave?", "When does the first ferry leave?")]
    [InlineData("whta did the union say", "what did the union say")]
    [InlineData("hey, my cousin asked - wen did the ferries start again?", "hey, my cousin asked - when did the ferries start again?")]
    [InlineData("hw many homes were evacuated", "how many homes were evacuated")]
    public void Mend_MisspeltAskingWordOpeningAClause_IsWrittenAsMeant(string question, string mended) =>
        Assert.Equal(mended, AskingWord.Mend(question));

    [Theory]
    [InlineData("were the ferries running on friday")]
    [InlineData("whats the latest on the tram")]
    [InlineData("hwo won the cup")]
    [InlineData("Which boat sank near the Skerry Islands?")]
    [InlineData("tram cost?")]
    [InlineData("show me the latest news")]
    [InlineData("two ferries were cancelled, why?")]
    public void Mend_RealWordAnAskingWordOrOneNearTwo_StaysAsWritten(string question) =>
        Assert.Equal(question, AskingWord.Mend(question));
}
