using System.Runtime.InteropServices;

namespace NewsBot.Storage.Sqlite;

/// <summary>Vectors are stored as little-endian float32 arrays.</summary>
internal static class VectorBlob
{
    public static byte[] ToBytes(ReadOnlySpan<float> vector)
    {
        EnsureLittleEndian();
        return MemoryMarshal.AsBytes(vector).ToArray();
    }

    public static ReadOnlySpan<float> FromBytes(ReadOnlySpan<byte> bytes)
    {
        EnsureLittleEndian();
        return MemoryMarshal.Cast<byte, float>(bytes);
    }

    private static void EnsureLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The SQLite store keeps vectors in little-endian order and needs a little-endian machine.");
        }
    }
}
