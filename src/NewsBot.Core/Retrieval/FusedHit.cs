using NewsBot.Core.Storage;

namespace NewsBot.Core.Retrieval;

/// <summary>A chunk with its fused score.</summary>
internal sealed record FusedHit(ChunkHit Hit, double Score);
