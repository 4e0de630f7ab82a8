namespace NewsBot.Core.Indexing;

/// <summary>What one re-index did; <see cref="Stopped"/> when it was cancelled before the end (what it wrote is kept).</summary>
public sealed record ReindexReport(int Added, int Updated, int Unchanged, int Removed, IReadOnlyList<ReindexFailure> Failures, bool Stopped);
