using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class DatelinesTests
{
    [Theory]
    [InlineData("(CNN) An adult at the centre tested positive.", "An adult at the centre tested positive.")]
    [InlineData("New York (CNN Business) Subway is changing its menu.", "Subway is changing its menu.")]
    [InlineData("WASHINGTON (AP) — The Senate voted on Tuesday.", "The Senate voted on Tuesday.")]
    [InlineData("NEW YORK — The city settled the lawsuits.", "The city settled the lawsuits.")]
    [InlineData("KYIV, Ukraine — Sirens sounded overnight.", "Sirens sounded overnight.")]
    [InlineData("NASA — the agency said — will try again.", "NASA — the agency said — will try again.")]
    [InlineData("The vote (7 to 4) ended the debate.", "The vote (7 to 4) ended the debate.")]
    [InlineData("Officials said (again) that the line was shut.", "Officials said (again) that the line was shut.")]
    public void Strip_Sentence_RemovesOnlyAnOpeningDateline(string sentence, string expected) =>
        Assert.Equal(expected, Datelines.Strip(sentence));

    [Fact]
    public void OutletOf_AgencyDateline_NamesTheAgency() =>
        Assert.Equal("Reuters", Datelines.OutletOf("LONDON (Reuters) - Shares rose."));
}
