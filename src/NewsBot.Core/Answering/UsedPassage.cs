namespace NewsBot.Core.Answering;

/// <summary>A retrieved passage an answer was built from, with its retrieval score.</summary>
public sealed record UsedPassage(string ArticleId, string ChunkId, double Score);
