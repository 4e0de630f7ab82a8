using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NewsBot.Storage.Sqlite;

/// <summary>
/// Vectors normalised to length 1 and quantized to signed bytes with one scale per vector (the largest component
/// maps to ±127), and their dot products computed in integers with SIMD.
/// </summary>
internal static class Int8Vector
{
    public const int MaxLevel = 127;

    /// <summary>Writes <paramref name="vector"/>, normalised and quantized, into <paramref name="target"/>; returns its scale (0 for a zero vector).</summary>
    public static float Quantize(ReadOnlySpan<float> vector, Span<sbyte> target)
    {
        var norm = TensorPrimitives.Norm(vector);
        var largest = TensorPrimitives.MaxMagnitude(vector);
        if (norm == 0 || !float.IsFinite(norm) || !float.IsFinite(largest) || largest == 0)
        {
            target.Clear();
            return 0f;
        }

        // Component i of the normalised vector is vector[i] / norm ≈ level * scale.
        var step = Math.Abs(largest) / MaxLevel;
        for (var i = 0; i < vector.Length; i++)
        {
            target[i] = (sbyte)Math.Clamp((int)MathF.Round(vector[i] / step), -MaxLevel, MaxLevel);
        }

        return step / norm;
    }

    /// <summary>The integer dot product of two equally long quantized vectors.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Dot(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        ref var left = ref MemoryMarshal.GetReference(a);
        ref var right = ref MemoryMarshal.GetReference(b);
        var length = a.Length;
        var i = 0;
        var sum = 0;
        if (Avx512BW.IsSupported && length >= Vector256<sbyte>.Count)
        {
            // 32 bytes at a time, sign-extended to 32 16-bit lanes, multiplied and added in pairs into 16 32-bit lanes.
            var total = Vector512<int>.Zero;
            for (; i <= length - Vector256<sbyte>.Count; i += Vector256<sbyte>.Count)
            {
                var a16 = Avx512BW.ConvertToVector512Int16(Vector256.LoadUnsafe(ref left, (nuint)i));
                var b16 = Avx512BW.ConvertToVector512Int16(Vector256.LoadUnsafe(ref right, (nuint)i));
                total += Avx512BW.MultiplyAddAdjacent(a16, b16);
            }

            sum = Vector512.Sum(total);
        }
        else if (Avx2.IsSupported && length >= Vector256<sbyte>.Count)
        {
            // Widen to 16 bits, then multiply and add adjacent pairs into 32-bit lanes.
            var total = Vector256<int>.Zero;
            for (; i <= length - Vector256<sbyte>.Count; i += Vector256<sbyte>.Count)
            {
                var (aLow, aHigh) = Vector256.Widen(Vector256.LoadUnsafe(ref left, (nuint)i));
                var (bLow, bHigh) = Vector256.Widen(Vector256.LoadUnsafe(ref right, (nuint)i));
                total += Avx2.MultiplyAddAdjacent(aLow, bLow) + Avx2.MultiplyAddAdjacent(aHigh, bHigh);
            }

            sum = Vector256.Sum(total);
        }
        else if (Vector128.IsHardwareAccelerated && length >= Vector128<sbyte>.Count)
        {
            var total = Vector128<int>.Zero;
            for (; i <= length - Vector128<sbyte>.Count; i += Vector128<sbyte>.Count)
            {
                var (aLow, aHigh) = Vector128.Widen(Vector128.LoadUnsafe(ref left, (nuint)i));
                var (bLow, bHigh) = Vector128.Widen(Vector128.LoadUnsafe(ref right, (nuint)i));
                var (pLow, pHigh) = Vector128.Widen(aLow * bLow);
                var (qLow, qHigh) = Vector128.Widen(aHigh * bHigh);
                total += pLow + pHigh + qLow + qHigh;
            }

            sum = Vector128.Sum(total);
        }

        for (; i < length; i++)
        {
            sum += Unsafe.Add(ref left, i) * Unsafe.Add(ref right, i);
        }

        return sum;
    }
}
