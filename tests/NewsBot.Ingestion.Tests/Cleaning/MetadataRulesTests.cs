using NewsBot.Ingestion.Cleaning;

namespace NewsBot.Ingestion.Tests.Cleaning;

public sealed class MetadataRulesTests
{
    [Theory]
    [InlineData("news@example.org (Lena Berg)", "Lena Berg")]
    [InlineData("mailto:news@example.org (Lena Berg)", "Lena Berg")]
    [InlineData("Lena Berg <lena.berg@example.org>", "Lena Berg")]
    [InlineData("Lena Berg (lena.berg@example.org)", "Lena Berg")]
    [InlineData("a.quill@example.org (Ada Quill), news@example.org (Lena Berg)", "Ada Quill, Lena Berg")]
    [InlineData("Lena Berg", "Lena Berg")]
    [InlineData("Press Association", "Press Association")]
    public void PersonByline_BylineWithAddresses_KeepsOnlyTheNames(string byline, string expected)
    {
        Assert.Equal(expected, MetadataRules.PersonByline(byline));
    }

    [Theory]
    [InlineData("news@example.org")]
    [InlineData("mailto:editor@example.org")]
    [InlineData("<news@example.org>")]
    [InlineData("news@example.org ()")]
    [InlineData("   ")]
    public void PersonByline_BareAddress_IsNoName(string byline)
    {
        Assert.Null(MetadataRules.PersonByline(byline));
    }
}
