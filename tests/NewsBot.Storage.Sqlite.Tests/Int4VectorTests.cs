namespace NewsBot.Storage.Sqlite.Tests;

/// <summary>The 4-bit vectors of the first pass and their integer dot product against plain arithmetic.</summary>
public sealed class Int4VectorTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(33)]
    [InlineData(128)]
    [InlineData(384)]
    [InlineData(1536)]
    public void DotWithOffset_AnyLength_LessTheOffsetEqualsPlainSumOfProducts(int length)
    {
        var random = new Random(length);
        var vector = Enumerable.Range(0, length).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var query = Enumerable.Range(0, length).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();
        query[0] = -127;
        var packed = new byte[Int4Vector.PackedBytes(length)];
        Int4Vector.Quantize(vector, packed);
        var levels = Levels(packed, length);
        var expected = 0;
        for (var i = 0; i < length; i++)
        {
            expected += levels[i] * query[i];
        }

        var (padded, sum) = Int4Vector.Query(query);

        Assert.Equal(expected, Int4Vector.DotWithOffset(padded, packed) - (Int4Vector.Offset * sum));
    }

    [Fact]
    public void Quantize_AnyVector_ScaleTimesLevelsIsTheNormalisedVector()
    {
        var random = new Random(3);
        var vector = Enumerable.Range(0, 384).Select(_ => (float)(random.NextDouble() - 0.5) * 7f).ToArray();
        var packed = new byte[Int4Vector.PackedBytes(vector.Length)];

        var scale = Int4Vector.Quantize(vector, packed);

        var levels = Levels(packed, vector.Length);
        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        Assert.Contains(levels, l => Math.Abs(l) == Int4Vector.MaxLevel);
        for (var i = 0; i < vector.Length; i++)
        {
            Assert.Equal(vector[i] / norm, levels[i] * scale, 0.5 * scale);
        }
    }

    [Fact]
    public void Quantize_ZeroVector_GivesZeroScaleAndLevelsOfZero()
    {
        var packed = new byte[Int4Vector.PackedBytes(4)];

        Assert.Equal(0f, Int4Vector.Quantize([0f, 0f, 0f, 0f], packed));
        Assert.All(Levels(packed, 4), l => Assert.Equal(0, l));
    }

    /// <summary>The signed levels of the first <paramref name="length"/> dimensions, unpacked as the layout describes.</summary>
    private static int[] Levels(byte[] packed, int length)
    {
        var half = packed.Length;
        return [.. Enumerable.Range(0, length).Select(i => (i < half ? packed[i] & 0x0F : packed[i - half] >> 4) - Int4Vector.Offset)];
    }
}
