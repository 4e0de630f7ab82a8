namespace NewsBot.Storage.Sqlite.Tests;

/// <summary>The quantized vectors and their integer dot product against plain arithmetic.</summary>
public sealed class Int8VectorTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(33)]
    [InlineData(100)]
    [InlineData(384)]
    [InlineData(1536)]
    public void Dot_AnyLength_EqualsPlainSumOfProducts(int length)
    {
        var random = new Random(length);
        var a = new sbyte[length];
        var b = new sbyte[length];
        for (var i = 0; i < length; i++)
        {
            a[i] = (sbyte)random.Next(-127, 128);
            b[i] = (sbyte)random.Next(-127, 128);
        }

        a[0] = b[0] = -127;
        var expected = 0;
        for (var i = 0; i < length; i++)
        {
            expected += a[i] * b[i];
        }

        Assert.Equal(expected, Int8Vector.Dot(a, b));
    }

    [Fact]
    public void Quantize_AnyVector_ScaleTimesLevelsIsTheNormalisedVector()
    {
        var random = new Random(3);
        var vector = Enumerable.Range(0, 384).Select(_ => (float)(random.NextDouble() - 0.5) * 7f).ToArray();
        var levels = new sbyte[vector.Length];

        var scale = Int8Vector.Quantize(vector, levels);

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        Assert.Contains(levels, l => Math.Abs((int)l) == Int8Vector.MaxLevel);
        for (var i = 0; i < vector.Length; i++)
        {
            Assert.Equal(vector[i] / norm, levels[i] * scale, 0.5 * scale);
        }
    }

    [Fact]
    public void Quantize_ZeroVector_GivesZeroScale()
    {
        var levels = new sbyte[4];

        Assert.Equal(0f, Int8Vector.Quantize([0f, 0f, 0f, 0f], levels));
        Assert.All(levels, l => Assert.Equal(0, l));
    }
}
