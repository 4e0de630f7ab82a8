using System.Security.Cryptography;
using System.Text;
using NewsBot.Core.Storage;

namespace NewsBot.Storage.Qdrant;

/// <summary>
/// The index-run lock for a Qdrant collection: a <see cref="FileRunLock"/> on a file in the temp folder named after the
/// address and collection, so two runs on this machine never interleave their writes. Qdrant has no lock of its own;
/// runs on different machines are not kept apart.
/// </summary>
internal static class QdrantRunLock
{
    public static FileRunLock For(QdrantStoreOptions options, TimeProvider time)
    {
        var store = $"{new Uri(options.Url).GetLeftPart(UriPartial.Authority)} collection {options.Collection}";
        var name = "newsbot-qdrant-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(store)))[..16].ToLowerInvariant() + ".lock";
        return new FileRunLock(store, Path.Combine(Path.GetTempPath(), name), time);
    }
}
