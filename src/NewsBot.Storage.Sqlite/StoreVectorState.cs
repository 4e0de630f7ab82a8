namespace NewsBot.Storage.Sqlite;

/// <summary>What a snapshot of the store says about its vectors: their size, the store's id, its generation and the log's floor.</summary>
internal sealed record StoreVectorState(int Dimensions, long StoreId, long Generation, long LogFloor)
{
    /// <summary>Whether the log still holds every change after <paramref name="generation"/>.</summary>
    public bool CanCatchUpFrom(long generation) => generation >= LogFloor && generation <= Generation;
}
