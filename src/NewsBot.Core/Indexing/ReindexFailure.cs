namespace NewsBot.Core.Indexing;

/// <summary>An item a re-index could not take in, and why.</summary>
public sealed record ReindexFailure(string Origin, string Reason);
