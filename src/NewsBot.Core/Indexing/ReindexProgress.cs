namespace NewsBot.Core.Indexing;

/// <summary>How far a re-index has come over all its sources: items dealt with of those read so far, and how many failed.</summary>
public sealed record ReindexProgress(int Done, int Total, int Failures);
