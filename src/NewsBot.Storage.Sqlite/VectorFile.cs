using System.Buffers.Binary;
using System.IO.Hashing;
using System.IO.MemoryMappedFiles;
using System.Runtime.CompilerServices;
using System.Text;

namespace NewsBot.Storage.Sqlite;

/// <summary>
/// A vector file opened read-only and memory-mapped (see <see cref="VectorFileLayout"/>): the quantized vectors are
/// scanned where they lie, so opening costs no copy. Replacing the file by rename leaves an open mapping untouched.
/// The owner keeps searches and <see cref="Dispose"/> apart.
/// </summary>
internal sealed unsafe class VectorFile : IDisposable
{
    private const int MinRowsPerPartition = 16_384;

    private readonly MemoryMappedFile _map;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _start;
    private readonly VectorFileLayout _layout;
    private readonly string[] _outletNames;
    private int _disposed;

    private VectorFile(MemoryMappedFile map, MemoryMappedViewAccessor view, byte* start, VectorFileLayout layout, long generation, string[] outletNames)
    {
        _map = map;
        _view = view;
        _start = start;
        _layout = layout;
        Generation = generation;
        _outletNames = outletNames;
        var outlets = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var id = 0; id < outletNames.Length; id++)
        {
            outlets.TryAdd(outletNames[id], id);
        }

        Outlets = outlets;
    }

    /// <summary>The store generation the file reflects.</summary>
    public long Generation { get; }

    public int Count => (int)_layout.Count;

    public int Dimensions => _layout.Dimensions;

    /// <summary>Outlet ids by name (case-insensitive), for <see cref="RowFilter"/>.</summary>
    public IReadOnlyDictionary<string, int> Outlets { get; }

    /// <summary>Outlet names by id.</summary>
    public IReadOnlyList<string> OutletNames => _outletNames;

    public ReadOnlySpan<long> RowIds => new(_start + _layout.RowIdsAt, Count);

    public ReadOnlySpan<long> Ticks => new(_start + _layout.TicksAt, Count);

    public ReadOnlySpan<float> Scales => new(_start + _layout.ScalesAt, Count);

    public ReadOnlySpan<int> OutletIds => new(_start + _layout.OutletsAt, Count);

    /// <summary>The quantized vector of <paramref name="row"/>.</summary>
    public ReadOnlySpan<sbyte> Vector(int row) => new(_start + _layout.VectorsAt + ((long)row * Dimensions), Dimensions);

    /// <summary>
    /// Opens the file when it is whole and belongs to the store (same id and dimensions); null when it is missing,
    /// damaged (wrong length, header or checksum) or left by another store, with the reason.
    /// </summary>
    public static VectorFile? TryOpen(string path, int dimensions, long storeId, out string problem)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (FileNotFoundException)
        {
            problem = "it is missing";
            return null;
        }

        MemoryMappedFile? map = null;
        MemoryMappedViewAccessor? view = null;
        byte* start = null;
        try
        {
            if (stream.Length < VectorFileLayout.HeaderBytes)
            {
                problem = "it is shorter than its header";
                stream.Dispose();
                return null;
            }

            map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            view = map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
            start += view.PointerOffset;
            var file = Validate(map, view, start, (long)view.SafeMemoryMappedViewHandle.ByteLength - view.PointerOffset, dimensions, storeId, out problem);
            if (file is not null)
            {
                return file;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = ex.Message;
        }

        if (start is not null)
        {
            view!.SafeMemoryMappedViewHandle.ReleasePointer();
        }

        view?.Dispose();
        map?.Dispose();
        stream.Dispose();
        return null;
    }

    /// <summary>
    /// The <paramref name="take"/> rows nearest <paramref name="query"/> by quantized dot product among those that pass
    /// <paramref name="filter"/> and are not set in <paramref name="hidden"/> (a bit per row), best first, with approximate scores.
    /// </summary>
    public IReadOnlyList<ScoredRow> Scan(sbyte[] query, float queryScale, RowFilter filter, ulong[] hidden, int take)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (take <= 0 || Count == 0)
        {
            return [];
        }

        var partitions = Math.Clamp(Count / MinRowsPerPartition, 1, Environment.ProcessorCount);
        var results = new List<ScoredRow>[partitions];
        var size = (Count + partitions - 1) / partitions;
        Parallel.For(0, partitions, p => results[p] = ScanRange(query, queryScale, filter, hidden, p * size, Math.Min(Count, (p + 1) * size), take));
        return results.SelectMany(r => r)
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.RowId)
            .Take(take)
            .ToArray();
    }

    /// <summary>The index of the first row whose id is at least <paramref name="rowId"/> (rows are sorted by id).</summary>
    public int LowerBound(long rowId)
    {
        var found = RowIds.BinarySearch(rowId);
        return found >= 0 ? found : ~found;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
            _map.Dispose();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<ScoredRow> ScanRange(sbyte[] query, float queryScale, RowFilter filter, ulong[] hidden, int start, int end, int take)
    {
        var dims = Dimensions;
        var rowIds = new ReadOnlySpan<long>(_start + _layout.RowIdsAt, Count);
        var ticks = new ReadOnlySpan<long>(_start + _layout.TicksAt, Count);
        var scales = new ReadOnlySpan<float>(_start + _layout.ScalesAt, Count);
        var outlets = new ReadOnlySpan<int>(_start + _layout.OutletsAt, Count);
        var vectors = (sbyte*)(_start + _layout.VectorsAt);
        var heap = new PriorityQueue<int, float>(take + 1);
        var worst = float.NegativeInfinity;
        for (var row = start; row < end; row++)
        {
            if ((hidden[row >> 6] & (1UL << (row & 63))) != 0 || !filter.Matches(outlets[row], ticks[row]))
            {
                continue;
            }

            var score = Int8Vector.Dot(query, new ReadOnlySpan<sbyte>(vectors + ((long)row * dims), dims)) * scales[row] * queryScale;
            if (heap.Count < take)
            {
                heap.Enqueue(row, score);
                if (heap.Count == take)
                {
                    heap.TryPeek(out _, out worst);
                }
            }
            else if (score > worst)
            {
                heap.EnqueueDequeue(row, score);
                heap.TryPeek(out _, out worst);
            }
        }

        var found = new List<ScoredRow>(heap.Count);
        while (heap.TryDequeue(out var row, out var score))
        {
            found.Add(new ScoredRow(rowIds[row], score));
        }

        return found;
    }

    private static VectorFile? Validate(MemoryMappedFile map, MemoryMappedViewAccessor view, byte* start, long length, int dimensions, long storeId, out string problem)
    {
        var header = new ReadOnlySpan<byte>(start, VectorFileLayout.HeaderBytes);
        if (BinaryPrimitives.ReadUInt64LittleEndian(header) != VectorFileLayout.Magic
            || BinaryPrimitives.ReadInt32LittleEndian(header[VectorFileLayout.VersionAt..]) != VectorFileLayout.FormatVersion)
        {
            problem = "its header is not that of a NewsBot vector file of this version";
            return null;
        }

        var count = BinaryPrimitives.ReadInt64LittleEndian(header[VectorFileLayout.CountAt..]);
        var outletBytes = BinaryPrimitives.ReadInt64LittleEndian(header[VectorFileLayout.OutletTableBytesAt..]);
        if (BinaryPrimitives.ReadInt32LittleEndian(header[VectorFileLayout.DimensionsAt..]) != dimensions
            || BinaryPrimitives.ReadInt64LittleEndian(header[VectorFileLayout.StoreIdAt..]) != storeId)
        {
            problem = "it was made for another store or embedder";
            return null;
        }

        var layout = new VectorFileLayout(dimensions, count);
        if (count is < 0 or > int.MaxValue || outletBytes < sizeof(int) || layout.Length(outletBytes) != length)
        {
            problem = "its length does not match its header";
            return null;
        }

        if (Checksum(start, layout, length) != BinaryPrimitives.ReadUInt64LittleEndian(header[VectorFileLayout.ChecksumAt..]))
        {
            problem = "its checksum does not match";
            return null;
        }

        var outlets = ReadOutlets(new ReadOnlySpan<byte>(start + layout.OutletTableAt, (int)outletBytes));
        if (outlets is null)
        {
            problem = "its outlet table is damaged";
            return null;
        }

        problem = string.Empty;
        return new VectorFile(map, view, start, layout, BinaryPrimitives.ReadInt64LittleEndian(header[VectorFileLayout.GenerationAt..]), outlets);
    }

    /// <summary>
    /// CRC-64 of the sections that decide which rows a search may return: row ids, dates, outlet ids and outlet names.
    /// The quantized vectors and their scales only order candidates, which are then scored exactly from the store's rows,
    /// so damage there costs recall, never a wrong row or score; leaving them out spares every opening a read of the
    /// whole file (about 190 MB at 500,000 passages). (XxHash3 is faster once compiled, but a one-shot process calls this
    /// once, and XxHash3's first call runs unoptimised code.)
    /// </summary>
    internal static ulong Checksum(byte* start, VectorFileLayout layout, long length)
    {
        var hash = new Crc64();
        Append(hash, start, layout.RowIdsAt, layout.ScalesAt);
        Append(hash, start, layout.OutletsAt, layout.VectorsAt);
        Append(hash, start, layout.OutletTableAt, length);
        return hash.GetCurrentHashAsUInt64();
    }

    private static void Append(Crc64 hash, byte* start, long from, long to)
    {
        for (var at = from; at < to; at += int.MaxValue / 2)
        {
            hash.Append(new ReadOnlySpan<byte>(start + at, (int)Math.Min(int.MaxValue / 2, to - at)));
        }
    }

    private static string[]? ReadOutlets(ReadOnlySpan<byte> table)
    {
        var count = BinaryPrimitives.ReadInt32LittleEndian(table);
        if (count < 0 || count > table.Length / sizeof(int))
        {
            return null;
        }

        var outlets = new string[count];
        var at = sizeof(int);
        for (var id = 0; id < count; id++)
        {
            if (at + sizeof(int) > table.Length)
            {
                return null;
            }

            var bytes = BinaryPrimitives.ReadInt32LittleEndian(table[at..]);
            at += sizeof(int);
            if (bytes < 0 || at + bytes > table.Length)
            {
                return null;
            }

            outlets[id] = Encoding.UTF8.GetString(table.Slice(at, bytes));
            at += bytes;
        }

        return outlets;
    }
}
