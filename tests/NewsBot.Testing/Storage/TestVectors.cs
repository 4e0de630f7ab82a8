namespace NewsBot.Testing.Storage;

/// <summary>Small hand-made vectors whose cosine similarities are easy to reason about.</summary>
public static class TestVectors
{
    /// <summary>The unit vector along <paramref name="axis"/>.</summary>
    public static float[] Axis(int dimensions, int axis)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(axis);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(axis, dimensions);
        var vector = new float[dimensions];
        vector[axis] = 1f;
        return vector;
    }

    /// <summary>
    /// A unit vector between two axes: its cosine similarity to <paramref name="axis"/> is <paramref name="similarity"/>
    /// and the rest of its length points along <paramref name="towards"/>.
    /// </summary>
    public static float[] Between(int dimensions, int axis, int towards, float similarity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(similarity, -1f);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(similarity, 1f);
        var vector = Axis(dimensions, axis);
        vector[axis] = similarity;
        vector[towards] = MathF.Sqrt(1f - (similarity * similarity));
        return vector;
    }

    /// <summary>The vector scaled by <paramref name="factor"/> (cosine similarity ignores length).</summary>
    public static float[] Scaled(float[] vector, float factor) => [.. vector.Select(v => v * factor)];
}
