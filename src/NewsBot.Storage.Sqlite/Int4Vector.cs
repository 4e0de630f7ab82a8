using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NewsBot.Storage.Sqlite;

/// <summary>
/// Vectors normalised and quantized to 4-bit levels (-7 to 7, one scale per vector), two to a byte: half the bytes of
/// <see cref="Int8Vector"/>, so a scan over them reads half the memory. A level is stored plus 8 (1 to 15). The
/// dimensions are padded to a multiple of <see cref="Block"/> with level 0; byte <c>j</c> of a packed vector holds
/// dimension <c>j</c> in its low four bits and dimension <c>j + half</c> in its high four bits (half = padded / 2).
/// </summary>
internal static class Int4Vector
{
    public const int MaxLevel = 7;

    /// <summary>What each stored level is raised by, so that it is never negative.</summary>
    public const int Offset = 8;

    /// <summary>The padded dimensions are a multiple of this (two 64-byte registers of levels).</summary>
    public const int Block = 128;

    /// <summary>The dimensions a vector of <paramref name="dimensions"/> is padded to.</summary>
    public static int PaddedDimensions(int dimensions) => (dimensions + Block - 1) / Block * Block;

    /// <summary>The bytes of one packed vector.</summary>
    public static int PackedBytes(int dimensions) => PaddedDimensions(dimensions) / 2;

    /// <summary>Writes <paramref name="vector"/>, normalised and quantized, into <paramref name="target"/> (<see cref="PackedBytes"/> long); returns its scale (0 for a zero vector).</summary>
    public static float Quantize(ReadOnlySpan<float> vector, Span<byte> target)
    {
        var norm = TensorPrimitives.Norm(vector);
        var largest = TensorPrimitives.MaxMagnitude(vector);
        target.Fill(Offset | (Offset << 4));
        if (norm == 0 || !float.IsFinite(norm) || !float.IsFinite(largest) || largest == 0)
        {
            return 0f;
        }

        var half = target.Length;
        var step = Math.Abs(largest) / MaxLevel;
        for (var i = 0; i < vector.Length; i++)
        {
            var level = Math.Clamp((int)MathF.Round(vector[i] / step), -MaxLevel, MaxLevel) + Offset;
            ref var b = ref target[i < half ? i : i - half];
            b = i < half ? (byte)((b & 0xF0) | level) : (byte)((b & 0x0F) | (level << 4));
        }

        return step / norm;
    }

    /// <summary>
    /// The query's levels padded with zeros to <see cref="PaddedDimensions"/>, and their sum (what the stored offset adds
    /// to every dot product: <see cref="Offset"/> times the sum).
    /// </summary>
    public static (sbyte[] Padded, int Sum) Query(ReadOnlySpan<sbyte> levels)
    {
        var padded = new sbyte[PaddedDimensions(levels.Length)];
        levels.CopyTo(padded);
        var sum = 0;
        foreach (var level in levels)
        {
            sum += level;
        }

        return (padded, sum);
    }

    /// <summary>
    /// The integer dot product of a padded query (levels of at most ±127) and a packed vector, still including the
    /// offset: subtract <see cref="Offset"/> times the query's sum.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int DotWithOffset(ReadOnlySpan<sbyte> paddedQuery, ReadOnlySpan<byte> packed)
    {
        ref var query = ref MemoryMarshal.GetReference(paddedQuery);
        ref var row = ref MemoryMarshal.GetReference(packed);
        var half = packed.Length;
        if (Avx512BW.IsSupported)
        {
            // Unsigned levels times signed query bytes, adjacent pairs added into 16 bits (at most 2 * 15 * 127 each way),
            // then pairs of those added into 32 bits.
            var mask = Vector512.Create((byte)0x0F);
            var ones = Vector512.Create((short)1);
            var total = Vector512<int>.Zero;
            for (var i = 0; i < half; i += Vector512<byte>.Count)
            {
                var bytes = Vector512.LoadUnsafe(ref row, (nuint)i);
                var low = bytes & mask;
                var high = Vector512.ShiftRightLogical(bytes.AsUInt16(), 4).AsByte() & mask;
                var pairs = Avx512BW.MultiplyAddAdjacent(low, Vector512.LoadUnsafe(ref query, (nuint)i))
                    + Avx512BW.MultiplyAddAdjacent(high, Vector512.LoadUnsafe(ref query, (nuint)(i + half)));
                total += Avx512BW.MultiplyAddAdjacent(pairs, ones);
            }

            return Vector512.Sum(total);
        }

        if (Avx2.IsSupported)
        {
            var mask = Vector256.Create((byte)0x0F);
            var ones = Vector256.Create((short)1);
            var total = Vector256<int>.Zero;
            for (var i = 0; i < half; i += Vector256<byte>.Count)
            {
                var bytes = Vector256.LoadUnsafe(ref row, (nuint)i);
                var low = bytes & mask;
                var high = Vector256.ShiftRightLogical(bytes.AsUInt16(), 4).AsByte() & mask;
                var pairs = Avx2.MultiplyAddAdjacent(low, Vector256.LoadUnsafe(ref query, (nuint)i))
                    + Avx2.MultiplyAddAdjacent(high, Vector256.LoadUnsafe(ref query, (nuint)(i + half)));
                total += Avx2.MultiplyAddAdjacent(pairs, ones);
            }

            return Vector256.Sum(total);
        }

        var sum = 0;
        for (var i = 0; i < half; i++)
        {
            var b = Unsafe.Add(ref row, i);
            sum += ((b & 0x0F) * Unsafe.Add(ref query, i)) + ((b >> 4) * Unsafe.Add(ref query, i + half));
        }

        return sum;
    }
}
