namespace NewsBot.Storage.Sqlite;

/// <summary>
/// Where everything lies in a vector file (little-endian). A 128-byte header, then one section per column, each
/// starting on a 64-byte boundary: chunk row ids (int64, ascending), published UTC ticks (int64, <see cref="long.MinValue"/>
/// when undated), scales (float32), outlet ids (int32, -1 for none), the quantized vectors (dimensions signed bytes each),
/// and last the outlet names (int32 count, then per name an int32 byte length and its UTF-8 bytes).
/// </summary>
/// <remarks>
/// Header: magic (8 bytes), format version (int32), dimensions (int32), row count (int64), store generation (int64),
/// store id (int64), outlet table length (int64), CRC-64 of the row ids, dates, outlet ids and outlet names (uint64; see
/// <see cref="VectorFile.Checksum"/>). Format 2 checked every byte after the header; a file of another format is
/// written again from the rows.
/// </remarks>
internal readonly record struct VectorFileLayout(int Dimensions, long Count)
{
    public const int HeaderBytes = 128;
    public const int FormatVersion = 3;
    public const ulong Magic = 0x3130_5443_4556_424E; // "NBVECT01"

    public const int VersionAt = 8;
    public const int DimensionsAt = 12;
    public const int CountAt = 16;
    public const int GenerationAt = 24;
    public const int StoreIdAt = 32;
    public const int OutletTableBytesAt = 40;
    public const int ChecksumAt = 48;

    private const int Alignment = 64;

    public long RowIdsAt => HeaderBytes;

    public long TicksAt => Align(RowIdsAt + (Count * sizeof(long)));

    public long ScalesAt => Align(TicksAt + (Count * sizeof(long)));

    public long OutletsAt => Align(ScalesAt + (Count * sizeof(float)));

    public long VectorsAt => Align(OutletsAt + (Count * sizeof(int)));

    public long OutletTableAt => Align(VectorsAt + (Count * Dimensions));

    public long Length(long outletTableBytes) => OutletTableAt + outletTableBytes;

    private static long Align(long offset) => (offset + Alignment - 1) / Alignment * Alignment;
}
