using System.Security.Cryptography;
using System.Text;
using NewsBot.Core.Storage;

namespace NewsBot.Storage.Qdrant;

/// <summary>
/// The index-run lock for a Qdrant collection: an exclusive OS lock on a file in the temp folder named after the
/// address and collection, so two runs on this machine never interleave their writes. Qdrant has no lock of its own;
/// runs on different machines are not kept apart.
/// </summary>
internal sealed class QdrantRunLock(QdrantStoreOptions options, TimeProvider time) : IIndexRunLock
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public string Store { get; } = $"{new Uri(options.Url).GetLeftPart(UriPartial.Authority)} collection {options.Collection}";

    private string LockPath => Path.Combine(
        Path.GetTempPath(),
        "newsbot-qdrant-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Store)))[..16].ToLowerInvariant() + ".lock");

    public IDisposable? TryAcquire()
    {
        try
        {
            return new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
        }
        catch (IOException ex) when (ex is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException))
        {
            return null;
        }
    }

    public async Task<IDisposable> AcquireAsync(Func<Task> waiting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        var held = TryAcquire();
        if (held is not null)
        {
            return held;
        }

        await waiting();
        while ((held = TryAcquire()) is null)
        {
            await Task.Delay(PollInterval, time, cancellationToken);
        }

        return held;
    }
}
