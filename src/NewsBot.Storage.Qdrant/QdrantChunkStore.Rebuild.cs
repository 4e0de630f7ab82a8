using NewsBot.Core.Storage;
using Qdrant.Client.Grpc;

namespace NewsBot.Storage.Qdrant;

/// <summary>Re-indexing without downtime: build a new versioned collection, switch the alias to it in one request, drop the old one.</summary>
public sealed partial class QdrantChunkStore
{
    /// <inheritdoc />
    public async Task BeginRebuildAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            _rebuilding ??= NewCollectionName();
            _target = _rebuilding;
            _collection = null;
            _versions.Clear();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <inheritdoc />
    public async Task CompleteRebuildAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            if (_rebuilding is not { } fresh)
            {
                return;
            }

            var alias = _options.Collection;
            var old = await ResolveAsync(alias, cancellationToken);
            if (await _calls.RunAsync("collection exists", t => _client.CollectionExistsAsync(fresh, t), cancellationToken))
            {
                if (old == alias)
                {
                    // A plain collection of that name (not made by NewsBot) must go before the name can become an alias.
                    await _calls.RunAsync("delete collection", t => _client.DeleteCollectionAsync(alias, cancellationToken: t), cancellationToken);
                }

                var switchOver = new List<AliasOperations>();
                if (old is not null && old != alias)
                {
                    switchOver.Add(new AliasOperations { DeleteAlias = new DeleteAlias { AliasName = alias } });
                }

                switchOver.Add(new AliasOperations { CreateAlias = new CreateAlias { AliasName = alias, CollectionName = fresh } });
                await _calls.RunAsync("update aliases", t => _client.UpdateAliasesAsync(switchOver, cancellationToken: t), cancellationToken);
            }
            else if (old is not null && old != alias)
            {
                // Nothing was written to the new index: the rebuilt index is empty.
                await _calls.RunAsync("update aliases", t => _client.UpdateAliasesAsync([new AliasOperations { DeleteAlias = new DeleteAlias { AliasName = alias } }], cancellationToken: t), cancellationToken);
            }

            if (old is not null && old != alias && old != fresh)
            {
                await _calls.RunAsync("delete collection", t => _client.DeleteCollectionAsync(old, cancellationToken: t), cancellationToken);
            }

            Log.AliasSwitched(_logger, alias, fresh, old ?? "nothing");
            _rebuilding = null;
            _target = alias;
            _collection = null;
            _versions.Clear();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <inheritdoc />
    public async Task AbandonRebuildAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            if (_rebuilding is { } fresh && await _calls.RunAsync("collection exists", t => _client.CollectionExistsAsync(fresh, t), cancellationToken))
            {
                await _calls.RunAsync("delete collection", t => _client.DeleteCollectionAsync(fresh, cancellationToken: t), cancellationToken);
            }

            _rebuilding = null;
            _target = _options.Collection;
            _collection = null;
            _versions.Clear();
        }
        finally
        {
            _writeGate.Release();
        }
    }
}
