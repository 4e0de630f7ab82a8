using Qdrant.Client.Grpc;

namespace NewsBot.Testing.Qdrant;

/// <summary>
/// One collection's configuration and points. Not thread-safe by itself: <see cref="QdrantStandInState"/> takes its
/// lock around every use. A write is checked whole before it changes a point, so a reader never sees half a batch, and
/// each applied write moves <see cref="Revision"/> on.
/// </summary>
internal sealed class StandInCollection
{
    public StandInCollection(CreateCollection request, DateTimeOffset createdAt)
    {
        Name = request.CollectionName;
        Request = request.Clone();
        CreatedAt = createdAt;
        foreach (var (key, value) in request.Metadata)
        {
            Metadata[key] = value.Clone();
        }
    }

    public string Name { get; }

    /// <summary>The create request as received, echoed back as the collection's configuration.</summary>
    public CreateCollection Request { get; }

    public DateTimeOffset CreatedAt { get; }

    public Dictionary<string, Value> Metadata { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, PayloadSchemaType> PayloadSchema { get; } = new(StringComparer.Ordinal);

    /// <summary>How many shards the collection was created with.</summary>
    public uint ShardCount => Request.HasShardNumber ? Request.ShardNumber : 1;

    /// <summary>
    /// The shard a point lives on: a stable hash of its id (FNV-1a over the key) modulo <see cref="ShardCount"/>, as
    /// Qdrant places points by a hash of their id.
    /// </summary>
    public uint ShardOf(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash % ShardCount;
    }

    /// <summary>Points by <see cref="PointIds.Key"/>, sorted so scrolling walks them in Qdrant's id order.</summary>
    public SortedDictionary<string, StandInPoint> Points { get; } = new(StringComparer.Ordinal);

    /// <summary>How many writes have changed the points: statistics worked out from them hold for one revision.</summary>
    public ulong Revision { get; private set; }

    /// <summary>Marks the points as changed.</summary>
    public void Changed() => Revision++;

    /// <summary>The dense vector parameters by name; an unnamed vector is stored under the empty name.</summary>
    public IReadOnlyDictionary<string, VectorParams> DenseVectors => Request.VectorsConfig switch
    {
        { ConfigCase: VectorsConfig.ConfigOneofCase.Params } config => new Dictionary<string, VectorParams> { [""] = config.Params },
        { ConfigCase: VectorsConfig.ConfigOneofCase.ParamsMap } config => config.ParamsMap.Map,
        _ => new Dictionary<string, VectorParams>(),
    };

    public IReadOnlyDictionary<string, SparseVectorParams> SparseVectors =>
        Request.SparseVectorsConfig?.Map ?? (IReadOnlyDictionary<string, SparseVectorParams>)new Dictionary<string, SparseVectorParams>();

    /// <summary>The collection's description as <c>Get</c> answers it.</summary>
    public CollectionInfo Describe()
    {
        var parameters = new CollectionParams
        {
            ShardNumber = Request.HasShardNumber ? Request.ShardNumber : 1,
            ReplicationFactor = Request.HasReplicationFactor ? Request.ReplicationFactor : 1,
            WriteConsistencyFactor = Request.HasWriteConsistencyFactor ? Request.WriteConsistencyFactor : 1,
            VectorsConfig = Request.VectorsConfig?.Clone(),
            SparseVectorsConfig = Request.SparseVectorsConfig?.Clone(),
        };
        var config = new CollectionConfig
        {
            Params = parameters,
            HnswConfig = new HnswConfigDiff { M = 16, EfConstruct = 100, FullScanThreshold = 10000 },
            OptimizerConfig = new OptimizersConfigDiff(),
            WalConfig = new WalConfigDiff { WalCapacityMb = 32, WalSegmentsAhead = 0 },
        };
        foreach (var (key, value) in Metadata)
        {
            config.Metadata[key] = value.Clone();
        }

        var info = new CollectionInfo
        {
            Status = CollectionStatus.Green,
            OptimizerStatus = new OptimizerStatus { Ok = true },
            SegmentsCount = 1,
            PointsCount = (ulong)Points.Count,
            IndexedVectorsCount = 0,
            Config = config,
            CreatedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(CreatedAt),
        };
        foreach (var (field, type) in PayloadSchema)
        {
            var holding = Points.Values.Count(point => PayloadPaths.Values(point.Payload, field).Any());
            info.PayloadSchema[field] = new PayloadSchemaInfo { DataType = type, Points = (ulong)holding };
        }

        return info;
    }
}
