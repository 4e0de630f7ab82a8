namespace NewsBot.Storage.Sqlite;

/// <summary>A chunk row id with its cosine similarity to the query.</summary>
internal readonly record struct ScoredRow(long RowId, float Score);
