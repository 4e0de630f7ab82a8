using NewsBot.Core.Answering;

namespace NewsBot.Core.Tests.Answering;

public sealed class HarmCountTests
{
    [Theory]
    [InlineData("how many people died in the flood in millbrook", "did anyone die in the flood in millbrook")]
    [InlineData("How many fishermen were injured in the storm?", "were any fishermen injured in the storm?")]
    [InlineData("how many people were killed", "was anyone killed")]
    [InlineData("how many casualties were there in the flood", "were there any casualties in the flood")]
    [InlineData("how many deaths in the storm", "were there any deaths in the storm")]
    public void AsWhetherAny_CountOfPeopleHarmed_AsksWhetherAnyoneWas(string question, string asked) =>
        Assert.Equal(asked, HarmCount.AsWhetherAny(question));

    [Theory]
    [InlineData("how many homes were evacuated")]
    [InlineData("did anyone die in the flood")]
    [InlineData("how many people visited the library")]
    public void AsWhetherAny_NotACountOfHarm_Null(string question) =>
        Assert.Null(HarmCount.AsWhetherAny(question));
}
