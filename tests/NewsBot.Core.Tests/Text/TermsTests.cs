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

    [Theory]
    [InlineData("Which city may soon see federal officers?", "city soon see federal officers")]
    [InlineData("Who might win the cup, and who must step down?", "win cup step down")]
    [InlineData("Shall the ferries sail?", "ferries sail")]
    public void Keywords_ModalVerbs_AreNotKeywords(string question, string expected) =>
        Assert.Equal(expected, string.Join(' ', Terms.Keywords(question)));
}
