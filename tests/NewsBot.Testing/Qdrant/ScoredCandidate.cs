namespace NewsBot.Testing.Qdrant;

/// <summary>A point with the score one query step gave it.</summary>
internal readonly record struct ScoredCandidate(StandInPoint Point, float Score)
{
    public string Key => Point.Key;
}
