namespace NewsBot.Storage.Sqlite;

/// <summary>
/// A chunk's row id is its article's key times 65,536 plus its position, so an FTS hit's row id alone leads to the
/// article (for filters) without reading the chunk row, and an article's chunks are one contiguous row id range.
/// </summary>
internal static class ChunkRowId
{
    public const int PositionBits = 16;
    public const int MaxPosition = (1 << PositionBits) - 1;

    public static long Of(long articleKey, int position) => (articleKey << PositionBits) | (uint)position;

    /// <summary>The SQL expression giving the article key of the row id expression <paramref name="rowId"/>.</summary>
    public static string ArticleKeySql(string rowId) => $"({rowId} >> {PositionBits})";
}
