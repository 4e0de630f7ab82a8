using NewsBot.Core.Storage;
using NewsBot.Core.Text;
using Qdrant.Client.Grpc;

namespace NewsBot.Storage.Qdrant;

/// <summary>
/// How a NewsBot collection is laid out: a named dense vector (Cosine, the embedder's size), a named sparse vector
/// weighted by IDF on Qdrant's side, shards and replicas from the settings, and in the metadata the embedder and the
/// average passage length the keyword weights are normalised against (<see cref="Bm25"/>).
/// </summary>
internal static class CollectionLayout
{
    private const string EmbedderKey = "newsbot_embedder";
    private const string DimensionsKey = "newsbot_dimensions";
    private const string AverageLengthKey = "newsbot_average_length";

    /// <summary>Payload fields that get an index, with their type.</summary>
    public static readonly IReadOnlyList<(string Field, PayloadSchemaType Type)> Indexes =
    [
        (Payloads.Kind, PayloadSchemaType.Keyword),
        (Payloads.ArticleId, PayloadSchemaType.Keyword),
        (Payloads.Version, PayloadSchemaType.Keyword),
        (Payloads.OutletKey, PayloadSchemaType.Keyword),
        (Payloads.Published, PayloadSchemaType.Datetime),
        (Payloads.SourceKey, PayloadSchemaType.Keyword),
        (Payloads.UrlKey, PayloadSchemaType.Keyword),
        (Payloads.TitleTerms, PayloadSchemaType.Keyword),
    ];

    public static CreateCollection Request(string name, EmbedderSignature embedder, QdrantStoreOptions options)
    {
        var request = new CreateCollection
        {
            CollectionName = name,
            VectorsConfig = new VectorsConfig
            {
                ParamsMap = new VectorParamsMap
                {
                    Map = { [Payloads.Dense] = DenseParams(embedder, options.OnDisk) },
                },
            },
            SparseVectorsConfig = new SparseVectorConfig { Map = { [Payloads.Sparse] = new SparseVectorParams { Modifier = Modifier.Idf } } },
            ShardNumber = (uint)options.ShardNumber,
            ReplicationFactor = (uint)options.ReplicationFactor,
            WriteConsistencyFactor = (uint)options.WriteConsistencyFactor,
        };
        request.Metadata[EmbedderKey] = embedder.Name;
        request.Metadata[DimensionsKey] = embedder.Dimensions;
        request.Metadata[AverageLengthKey] = Bm25.TypicalLength;
        return request;
    }

    private static VectorParams DenseParams(EmbedderSignature embedder, bool onDisk)
    {
        var dense = new VectorParams { Size = (ulong)embedder.Dimensions, Distance = Distance.Cosine };
        if (onDisk)
        {
            // on_disk is what every Qdrant since 1.2 understands; the newer 'memory' field (Cold) overrides it where known.
#pragma warning disable CS0612
            dense.OnDisk = true;
#pragma warning restore CS0612
        }

        return dense;
    }

    /// <summary>
    /// What a collection records: its embedder, and the average length its keyword weights were written against (none
    /// in a collection made before NewsBot recorded it); null when it has no dense vector.
    /// </summary>
    public static CollectionFacts? Facts(CollectionInfo info)
    {
        if (Embedder(info) is not { } embedder)
        {
            return null;
        }

        var average = info.Config?.Metadata is { } metadata && metadata.TryGetValue(AverageLengthKey, out var recorded)
            ? recorded.KindCase == Value.KindOneofCase.IntegerValue ? recorded.IntegerValue : (float)recorded.DoubleValue
            : 0f;
        return new CollectionFacts(embedder, average > 0 ? average : null);
    }

    /// <summary>The embedder a collection was built by: from its metadata, else (a collection NewsBot did not create) its dense vector size.</summary>
    private static EmbedderSignature? Embedder(CollectionInfo info)
    {
        var metadata = info.Config?.Metadata;
        if (metadata is not null && metadata.TryGetValue(EmbedderKey, out var name) && metadata.TryGetValue(DimensionsKey, out var dimensions))
        {
            var size = dimensions.KindCase == Value.KindOneofCase.IntegerValue ? dimensions.IntegerValue : (long)dimensions.DoubleValue;
            return new EmbedderSignature(name.StringValue, (int)size);
        }

        var vectors = info.Config?.Params?.VectorsConfig;
        var dense = vectors?.ConfigCase switch
        {
            VectorsConfig.ConfigOneofCase.ParamsMap when vectors.ParamsMap.Map.TryGetValue(Payloads.Dense, out var named) => named,
            VectorsConfig.ConfigOneofCase.Params => vectors.Params,
            _ => null,
        };
        return dense is null ? null : new EmbedderSignature("unknown (not recorded in the collection)", (int)dense.Size);
    }
}
