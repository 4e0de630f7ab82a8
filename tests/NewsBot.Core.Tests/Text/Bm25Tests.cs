using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class Bm25Tests
{
    [Theory]
    [InlineData(10, 1, 1.8458)] // ln(9.5 / 1.5)
    [InlineData(1000, 10, 4.5468)] // ln(990.5 / 10.5)
    public void Idf_RareTerm_IsLogOfOdds(int passages, int holding, double expected)
    {
        Assert.Equal(expected, Bm25.Idf((passages - holding + 0.5) / (holding + 0.5)), 4);
    }

    [Theory]
    [InlineData(10, 5)]
    [InlineData(10, 6)]
    [InlineData(10, 10)]
    public void Idf_TermInHalfThePassagesOrMore_IsTheLeastIdf(int passages, int holding)
    {
        Assert.Equal(Bm25.MinIdf, Bm25.Idf((passages - holding + 0.5) / (holding + 0.5)));
    }
}
