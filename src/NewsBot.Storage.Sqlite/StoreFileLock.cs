using NewsBot.Core.Storage;

namespace NewsBot.Storage.Sqlite;

/// <summary>The index-run lock of a SQLite store: a <see cref="FileRunLock"/> on <c>&lt;store&gt;.lock</c>, next to the store.</summary>
internal static class StoreFileLock
{
    public static FileRunLock For(string storePath, TimeProvider time)
    {
        var store = Path.GetFullPath(storePath);
        return new FileRunLock(store, store + ".lock", time);
    }
}
