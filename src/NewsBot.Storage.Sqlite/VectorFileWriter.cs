using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using System.Text;
using Microsoft.Data.Sqlite;

namespace NewsBot.Storage.Sqlite;

/// <summary>
/// Writes the vector file of one snapshot of the store: every chunk vector, quantized, with what the search filters on.
/// The file is written beside the target under a temporary name, flushed to disk and renamed over it, so a reader
/// sees the old file or the new one, whole, and a crash leaves at most a stray temporary file, which the next writer removes.
/// </summary>
internal static class VectorFileWriter
{
    /// <summary>
    /// Writes the vectors that <paramref name="transaction"/> (a read transaction, whose snapshot is at
    /// <paramref name="generation"/>) sees to <paramref name="path"/>. Returns the rows written, or null when a file of a
    /// later generation of the same store appeared there meanwhile and was kept.
    /// </summary>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be written.</exception>
    public static unsafe long? Write(SqliteConnection connection, SqliteTransaction transaction, string path, StoreVectorState state, CancellationToken cancellationToken)
    {
        var count = Convert.ToInt64(Scalar(connection, transaction, "SELECT count(*) FROM chunk_vectors"), System.Globalization.CultureInfo.InvariantCulture);
        var outlets = ReadOutlets(connection, transaction);
        var layout = new VectorFileLayout(state.Dimensions, count);
        return Create(path, state, layout, outlets, start => FillRows(connection, transaction, start, layout, outlets, cancellationToken));
    }

    /// <summary>
    /// Writes the file of generation <c>state.Generation</c> from <paramref name="old"/> (of an earlier generation) and the
    /// current rows of the articles changed since (<paramref name="changes"/>, by article key): the old file's rows of
    /// unchanged articles are copied as they are, so only the changed vectors are read and quantized.
    /// </summary>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be written.</exception>
    public static unsafe long? Merge(VectorFile old, Dictionary<long, List<VectorRow>> changes, string path, StoreVectorState state, CancellationToken cancellationToken)
    {
        var outlets = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in old.OutletNames)
        {
            outlets.TryAdd(name, outlets.Count);
        }

        var added = changes.Values.SelectMany(rows => rows).OrderBy(row => row.RowId).ToArray();
        foreach (var row in added)
        {
            if (row.Outlet is { } outlet)
            {
                outlets.TryAdd(outlet, outlets.Count);
            }
        }

        var oldRowIds = old.RowIds;
        var kept = 0L;
        foreach (var rowId in oldRowIds)
        {
            kept += changes.ContainsKey(rowId >> ChunkRowId.PositionBits) ? 0 : 1;
        }

        var layout = new VectorFileLayout(state.Dimensions, kept + added.Length);
        return Create(path, state, layout, outlets, start => MergeRows(old, changes, added, start, layout, outlets, cancellationToken));
    }

    /// <summary>The generation in the header of the vector file at <paramref name="path"/> when it belongs to the store, else -1.</summary>
    public static long GenerationOf(string path, long storeId)
    {
        Span<byte> header = stackalloc byte[VectorFileLayout.HeaderBytes];
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length
                || BinaryPrimitives.ReadUInt64LittleEndian(header) != VectorFileLayout.Magic
                || BinaryPrimitives.ReadInt64LittleEndian(header[VectorFileLayout.StoreIdAt..]) != storeId)
            {
                return -1;
            }

            return BinaryPrimitives.ReadInt64LittleEndian(header[VectorFileLayout.GenerationAt..]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return -1;
        }
    }

    private static unsafe long? Create(string path, StoreVectorState state, VectorFileLayout layout, Dictionary<string, int> outlets, Filler fill)
    {
        var table = OutletTable(outlets);
        var length = layout.Length(table.Length);
        StrayVectorFiles.Remove(path);
        var temp = StrayVectorFiles.TemporaryName(path);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
            {
                stream.SetLength(length);
                using (var map = MemoryMappedFile.CreateFromFile(stream, null, length, MemoryMappedFileAccess.ReadWrite, HandleInheritability.None, leaveOpen: true))
                using (var view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.ReadWrite))
                {
                    byte* start = null;
                    view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
                    try
                    {
                        start += view.PointerOffset;
                        fill(start);
                        table.CopyTo(new Span<byte>(start + layout.OutletTableAt, table.Length));
                        WriteHeader(new Span<byte>(start, VectorFileLayout.HeaderBytes), layout, state, table.Length, VectorFile.Checksum(start, layout, length));
                    }
                    finally
                    {
                        view.SafeMemoryMappedViewHandle.ReleasePointer();
                    }

                    view.Flush();
                }

                stream.Flush(flushToDisk: true);
            }

            if (GenerationOf(path, state.StoreId) > state.Generation)
            {
                File.Delete(temp);
                return null;
            }

            File.Move(temp, path, overwrite: true);
            return layout.Count;
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    private static unsafe void MergeRows(
        VectorFile old, Dictionary<long, List<VectorRow>> changes, VectorRow[] added, byte* start, VectorFileLayout layout, Dictionary<string, int> outlets, CancellationToken cancellationToken)
    {
        var count = (int)layout.Count;
        var rows = new WritableRows(start, layout);
        var oldRowIds = old.RowIds;
        var oldTicks = old.Ticks;
        var oldScales = old.Scales;
        var oldOutlets = old.OutletIds;
        int from = 0, next = 0;
        for (var row = 0; row < count; row++)
        {
            if ((row & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            while (from < oldRowIds.Length && changes.ContainsKey(oldRowIds[from] >> ChunkRowId.PositionBits))
            {
                from++;
            }

            var target = rows.Vector(row);
            if (from < oldRowIds.Length && (next == added.Length || oldRowIds[from] < added[next].RowId))
            {
                rows.RowIds[row] = oldRowIds[from];
                rows.Ticks[row] = oldTicks[from];
                rows.Scales[row] = oldScales[from];
                rows.OutletIds[row] = oldOutlets[from] == RowFilter.NoOutlet ? RowFilter.NoOutlet : outlets[old.OutletNames[oldOutlets[from]]];
                old.Vector(from).CopyTo(target);
                from++;
            }
            else
            {
                var fresh = added[next++];
                rows.RowIds[row] = fresh.RowId;
                rows.Ticks[row] = fresh.Published?.UtcTicks ?? long.MinValue;
                rows.OutletIds[row] = fresh.Outlet is { } outlet ? outlets[outlet] : RowFilter.NoOutlet;
                rows.Scales[row] = Int8Vector.Quantize(fresh.Vector.Span, target);
            }
        }
    }

    private static unsafe void FillRows(SqliteConnection connection, SqliteTransaction transaction, byte* start, VectorFileLayout layout, Dictionary<string, int> outlets, CancellationToken cancellationToken)
    {
        var count = (int)layout.Count;
        var dims = layout.Dimensions;
        var rows = new WritableRows(start, layout);
        var buffer = new byte[dims * sizeof(float)];

        using var command = Sql.Command(connection, $"""
            SELECT v.id, v.vector, a.outlet_key, a.published_utc_ticks
            FROM chunk_vectors v JOIN articles a ON a.key = {ChunkRowId.ArticleKeySql("v.id")}
            ORDER BY v.id
            """, transaction);
        using var reader = command.ExecuteReader();
        var row = 0;
        while (reader.Read())
        {
            if ((row & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (row >= count)
            {
                throw new InvalidOperationException("The store's vectors changed while its vector file was written; write it again.");
            }

            var rowId = reader.GetInt64(0);
            if (reader.GetBytes(1, 0, null, 0, 0) != buffer.Length)
            {
                throw new InvalidOperationException($"Chunk row {rowId} holds a vector of another size than the store's {dims} dimensions; re-index the store.");
            }

            reader.GetBytes(1, 0, buffer, 0, buffer.Length);
            rows.RowIds[row] = rowId;
            rows.OutletIds[row] = reader.IsDBNull(2) ? RowFilter.NoOutlet : outlets[reader.GetString(2)];
            rows.Ticks[row] = reader.IsDBNull(3) ? long.MinValue : reader.GetInt64(3);
            rows.Scales[row] = Int8Vector.Quantize(VectorBlob.FromBytes(buffer), rows.Vector(row));
            row++;
        }

        if (row != count)
        {
            throw new InvalidOperationException($"The store has {count} chunk vectors but {row} belong to a stored article; re-index the store.");
        }
    }

    private static void WriteHeader(Span<byte> header, VectorFileLayout layout, StoreVectorState state, int outletTableBytes, ulong checksum)
    {
        header.Clear();
        BinaryPrimitives.WriteInt32LittleEndian(header[VectorFileLayout.VersionAt..], VectorFileLayout.FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(header[VectorFileLayout.DimensionsAt..], layout.Dimensions);
        BinaryPrimitives.WriteInt64LittleEndian(header[VectorFileLayout.CountAt..], layout.Count);
        BinaryPrimitives.WriteInt64LittleEndian(header[VectorFileLayout.GenerationAt..], state.Generation);
        BinaryPrimitives.WriteInt64LittleEndian(header[VectorFileLayout.StoreIdAt..], state.StoreId);
        BinaryPrimitives.WriteInt64LittleEndian(header[VectorFileLayout.OutletTableBytesAt..], outletTableBytes);
        BinaryPrimitives.WriteUInt64LittleEndian(header[VectorFileLayout.ChecksumAt..], checksum);
        BinaryPrimitives.WriteUInt64LittleEndian(header, VectorFileLayout.Magic);
    }

    /// <summary>Outlet ids by outlet key (the upper-cased name articles are filtered by).</summary>
    private static Dictionary<string, int> ReadOutlets(SqliteConnection connection, SqliteTransaction transaction)
    {
        var outlets = new Dictionary<string, int>(StringComparer.Ordinal);
        using var command = Sql.Command(connection, "SELECT DISTINCT outlet_key FROM articles WHERE outlet_key IS NOT NULL ORDER BY outlet_key", transaction);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            outlets.Add(reader.GetString(0), outlets.Count);
        }

        return outlets;
    }

    private unsafe delegate void Filler(byte* start);

    private static byte[] OutletTable(Dictionary<string, int> outlets)
    {
        using var bytes = new MemoryStream();
        Span<byte> number = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(number, outlets.Count);
        bytes.Write(number);
        foreach (var name in outlets.OrderBy(o => o.Value).Select(o => o.Key))
        {
            var utf8 = Encoding.UTF8.GetBytes(name);
            BinaryPrimitives.WriteInt32LittleEndian(number, utf8.Length);
            bytes.Write(number);
            bytes.Write(utf8);
        }

        return bytes.ToArray();
    }

    private static object? Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = Sql.Command(connection, sql, transaction);
        return command.ExecuteScalar();
    }
}
