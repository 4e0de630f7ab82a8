namespace NewsBot.Ingestion.Indexing;

/// <summary>
/// How far an indexing run has come within one location: items dealt with out of the items read so far. Articles are
/// written as they are read, so the total grows while the location is read and is final when done reaches it at the end.
/// </summary>
public sealed record IndexProgress(string Location, int Done, int Total)
{
    /// <summary>Items of this location that failed so far (they count as done).</summary>
    public int Failures { get; init; }
}
