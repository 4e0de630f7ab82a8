using System.Text;

namespace NewsBot.Testing.OpenAi;

/// <summary>
/// The vectors the OpenAI stand-in answers with: derived only from the text, unit length, and shortened the way
/// OpenAI's <c>dimensions</c> parameter does (keep the leading numbers, scale back to unit length).
/// </summary>
public static class StandInVectors
{
    /// <summary>The unit vector of <paramref name="dimensions"/> numbers for <paramref name="text"/>.</summary>
    public static float[] For(string text, int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        var state = Seed(text);
        var vector = new float[dimensions];
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = (float)((Next(ref state) >> 11) * (1.0 / (1UL << 53)) * 2.0 - 1.0);
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] /= norm;
        }

        return vector;
    }

    /// <summary>The leading <paramref name="dimensions"/> numbers of the text's full vector, scaled back to unit length.</summary>
    public static float[] Shortened(string text, int fullDimensions, int dimensions)
    {
        var full = For(text, fullDimensions);
        var kept = full.AsSpan(0, dimensions).ToArray();
        var norm = MathF.Sqrt(kept.Sum(v => v * v));
        for (var i = 0; i < kept.Length; i++)
        {
            kept[i] /= norm;
        }

        return kept;
    }

    private static ulong Seed(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }

        return hash;
    }

    private static ulong Next(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
