namespace NewsBot.Storage.Sqlite;

/// <summary>One chunk's vector with what the vector search filters on.</summary>
internal readonly record struct VectorRow(long RowId, string ArticleId, string? Outlet, DateTimeOffset? Published, ReadOnlyMemory<float> Vector);
