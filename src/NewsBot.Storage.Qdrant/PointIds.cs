using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Storage.Qdrant;

/// <summary>
/// Deterministic point ids: name-based UUIDs (version 5, RFC 9562) in NewsBot's own namespace, so writing the same
/// article version again lands on the same points.
/// </summary>
internal static class PointIds
{
    private static readonly Guid Namespace = new("5c2b8a4e-7f1d-4d3e-9a6b-2e8c1f0a7b91");

    /// <summary>The point holding an article's metadata and body (one per article, whatever its version).</summary>
    public static Guid Article(string articleId) => Create($"article\n{articleId}");

    /// <summary>The point of one chunk of one version of an article.</summary>
    public static Guid Chunk(string articleId, string version, int position) => Create($"chunk\n{articleId}\n{version}\n{position}");

    /// <summary>A version-5 UUID of <paramref name="name"/> in <see cref="Namespace"/>.</summary>
    public static Guid Create(string name)
    {
        var bytes = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        Namespace.TryWriteBytes(bytes, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, bytes.AsSpan(16));
#pragma warning disable CA5350 // UUID version 5 is defined on SHA-1; it names points, it protects nothing.
        var hash = SHA1.HashData(bytes);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
