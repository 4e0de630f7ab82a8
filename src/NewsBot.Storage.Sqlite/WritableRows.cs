namespace NewsBot.Storage.Sqlite;

/// <summary>The columns of a vector file being written, laid over its mapped bytes as <see cref="VectorFileLayout"/> places them.</summary>
internal readonly unsafe ref struct WritableRows
{
    private readonly sbyte* vectors;
    private readonly int dimensions;

    public WritableRows(byte* start, VectorFileLayout layout)
    {
        var count = (int)layout.Count;
        dimensions = layout.Dimensions;
        RowIds = new Span<long>(start + layout.RowIdsAt, count);
        Ticks = new Span<long>(start + layout.TicksAt, count);
        Scales = new Span<float>(start + layout.ScalesAt, count);
        OutletIds = new Span<int>(start + layout.OutletsAt, count);
        vectors = (sbyte*)(start + layout.VectorsAt);
    }

    public Span<long> RowIds { get; }

    public Span<long> Ticks { get; }

    public Span<float> Scales { get; }

    public Span<int> OutletIds { get; }

    /// <summary>The quantized vector of <paramref name="row"/>.</summary>
    public Span<sbyte> Vector(int row) => new(vectors + ((long)row * dimensions), dimensions);
}
