namespace NewsBot.Ingestion.Indexing;

/// <summary>An item that could not be indexed, and why.</summary>
public sealed record IndexFailure(string Origin, string Reason);
