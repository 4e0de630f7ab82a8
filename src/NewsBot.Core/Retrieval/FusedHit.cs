using NewsBot.Core.Storage;

namespace NewsBot.Core.Retrieval;

/// <summary>A chunk with its fused score, its share of the best keyword score and its cosine to the question (when the vector search found it).</summary>
internal sealed record FusedHit(ChunkHit Hit, double Score)
{
    public double Lexical { get; init; }

    public double? Cosine { get; init; }
}
