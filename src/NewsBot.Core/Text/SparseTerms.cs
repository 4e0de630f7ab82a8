namespace NewsBot.Core.Text;

/// <summary>A sparse vector of analyzed terms: term indices (ascending, distinct) and their weights.</summary>
public sealed record SparseTerms(IReadOnlyList<uint> Indices, IReadOnlyList<float> Values)
{
    /// <summary>No terms.</summary>
    public static SparseTerms Empty { get; } = new([], []);

    /// <summary>Whether the vector holds no term.</summary>
    public bool IsEmpty => Indices.Count == 0;
}
