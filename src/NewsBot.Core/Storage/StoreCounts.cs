namespace NewsBot.Core.Storage;

/// <summary>How much a store holds.</summary>
public sealed record StoreCounts(int Articles, int Chunks);
