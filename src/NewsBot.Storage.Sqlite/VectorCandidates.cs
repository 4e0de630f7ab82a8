namespace NewsBot.Storage.Sqlite;

/// <summary>A vector search's candidates: from the file (approximate scores, to be rescored) and from memory (exact scores).</summary>
internal sealed record VectorCandidates(IReadOnlyList<ScoredRow> FromFile, IReadOnlyList<ScoredRow> Exact);
