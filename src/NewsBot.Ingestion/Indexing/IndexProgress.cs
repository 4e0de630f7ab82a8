namespace NewsBot.Ingestion.Indexing;

/// <summary>How far an indexing run has come within one location.</summary>
public sealed record IndexProgress(string Location, int Done, int Total);
