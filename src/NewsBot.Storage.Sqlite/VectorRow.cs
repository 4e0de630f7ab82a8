namespace NewsBot.Storage.Sqlite;

/// <summary>One chunk's vector with what the vector search filters on; the row id holds the article key (see <see cref="ChunkRowId"/>).</summary>
internal readonly record struct VectorRow(long RowId, string? Outlet, DateTimeOffset? Published, ReadOnlyMemory<float> Vector);
