using NewsBot.Evaluation;

namespace NewsBot.Tests.Evaluation;

public sealed class AnswerWordsTests
{
    [Fact]
    public void Count_TextWithCitationMarkers_LeavesMarkersOut() =>
        Assert.Equal(7, AnswerWords.Count("Floods hit Millbrook. [1] About 300 homes left. [2]"));

    [Fact]
    public void Count_MarkerJoinedToWordAndLoneDash_CountsOnlyWords() =>
        Assert.Equal(3, AnswerWords.Count("Rovers won[1] — 2-1 [2]"));
}
