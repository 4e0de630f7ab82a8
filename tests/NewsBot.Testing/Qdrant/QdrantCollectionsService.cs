using Grpc.Core;
using Qdrant.Client.Grpc;

namespace NewsBot.Testing.Qdrant;

/// <summary>
/// <c>qdrant.Collections</c>: create (named dense and sparse vectors, metadata, shard and replica settings), get, list,
/// exists, update metadata, delete, aliases (atomic <c>UpdateAliases</c>) and cluster info. Handlers are public and
/// virtual so a test can derive and replace one.
/// </summary>
public class QdrantCollectionsService(QdrantStandInState state)
{
    private const double Time = 0.0001;

    /// <summary>The state this service works on.</summary>
    protected QdrantStandInState State => state;

    public virtual Task<CollectionOperationResponse> Create(CreateCollection request, ServerCallContext context)
    {
        CollectionRules.Check(request);
        lock (state.Gate)
        {
            state.Add(request);
        }

        return Task.FromResult(new CollectionOperationResponse { Result = true, Time = Time });
    }

    public virtual Task<GetCollectionInfoResponse> Get(GetCollectionInfoRequest request, ServerCallContext context)
    {
        lock (state.Gate)
        {
            return Task.FromResult(new GetCollectionInfoResponse { Result = state.Resolve(request.CollectionName).Describe(), Time = Time });
        }
    }

    public virtual Task<ListCollectionsResponse> List(ListCollectionsRequest request, ServerCallContext context)
    {
        var response = new ListCollectionsResponse { Time = Time };
        lock (state.Gate)
        {
            response.Collections.AddRange(state.Names.Order(StringComparer.Ordinal).Select(name => new CollectionDescription { Name = name }));
        }

        return Task.FromResult(response);
    }

    public virtual Task<CollectionExistsResponse> CollectionExists(CollectionExistsRequest request, ServerCallContext context)
    {
        lock (state.Gate)
        {
            return Task.FromResult(new CollectionExistsResponse { Result = new global::Qdrant.Client.Grpc.CollectionExists { Exists = state.Exists(request.CollectionName) }, Time = Time });
        }
    }

    public virtual Task<CollectionOperationResponse> Update(UpdateCollection request, ServerCallContext context)
    {
        lock (state.Gate)
        {
            var collection = state.Resolve(request.CollectionName);
            foreach (var (key, value) in request.Metadata)
            {
                if (value.KindCase == Value.KindOneofCase.NullValue)
                {
                    collection.Metadata.Remove(key);
                }
                else
                {
                    collection.Metadata[key] = value.Clone();
                }
            }
        }

        return Task.FromResult(new CollectionOperationResponse { Result = true, Time = Time });
    }

    public virtual Task<CollectionOperationResponse> Delete(DeleteCollection request, ServerCallContext context)
    {
        lock (state.Gate)
        {
            return Task.FromResult(new CollectionOperationResponse { Result = state.Remove(request.CollectionName), Time = Time });
        }
    }

    public virtual Task<CollectionOperationResponse> UpdateAliases(ChangeAliases request, ServerCallContext context)
    {
        lock (state.Gate)
        {
            state.ChangeAliases(request.Actions);
        }

        return Task.FromResult(new CollectionOperationResponse { Result = true, Time = Time });
    }

    public virtual Task<ListAliasesResponse> ListAliases(ListAliasesRequest request, ServerCallContext context) =>
        Task.FromResult(Aliases(_ => true));

    public virtual Task<ListAliasesResponse> ListCollectionAliases(ListCollectionAliasesRequest request, ServerCallContext context)
    {
        lock (state.Gate)
        {
            var collection = state.Resolve(request.CollectionName).Name;
            return Task.FromResult(Aliases(target => target == collection));
        }
    }

    public virtual Task<CollectionClusterInfoResponse> CollectionClusterInfo(CollectionClusterInfoRequest request, ServerCallContext context)
    {
        lock (state.Gate)
        {
            var collection = state.Resolve(request.CollectionName);
            var shards = collection.ShardCount;
            var response = new CollectionClusterInfoResponse { PeerId = 1, ShardCount = shards, Time = Time };
            for (uint shard = 0; shard < shards; shard++)
            {
                var count = collection.Points.Keys.Count(key => collection.ShardOf(key) == shard);
                response.LocalShards.Add(new LocalShardInfo { ShardId = shard, PointsCount = (ulong)count, State = ReplicaState.Active });
            }

            return Task.FromResult(response);
        }
    }

    private ListAliasesResponse Aliases(Func<string, bool> pointingAt)
    {
        var response = new ListAliasesResponse { Time = Time };
        lock (state.Gate)
        {
            response.Aliases.AddRange(state.AliasPairs
                .Where(pair => pointingAt(pair.Value))
                .OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => new AliasDescription { AliasName = pair.Key, CollectionName = pair.Value }));
        }

        return response;
    }
}
