using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class TermsTests
{
    [Theory]
    [InlineData("skerries", "skerry")]
    [InlineData("cities", "city")]
    [InlineData("drivers", "driver")]
    public void Stem_PluralAndSingular_ShareAStem(string plural, string singular) =>
        Assert.Equal(Terms.Stem(singular), Terms.Stem(plural));
}
