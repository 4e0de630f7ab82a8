using Qdrant.Client.Grpc;

namespace NewsBot.Testing.Qdrant;

/// <summary>The validation Qdrant applies to a new collection before creating it.</summary>
internal static class CollectionRules
{
    private static readonly char[] Forbidden = ['<', '>', ':', '"', '/', '\\', '|', '?', '*', '\0', '\u001f'];

    public static void Check(CreateCollection request)
    {
        var name = request.CollectionName;
        if (name.Length is 0 or > 255)
        {
            throw QdrantErrors.Validation("collection_name: length must be between 1 and 255");
        }

        if (name.IndexOfAny(Forbidden) >= 0)
        {
            throw QdrantErrors.Validation($"collection_name: collection name cannot contain \"{name[name.IndexOfAny(Forbidden)]}\" char");
        }

        var dense = request.VectorsConfig?.ConfigCase switch
        {
            VectorsConfig.ConfigOneofCase.Params => [new KeyValuePair<string, VectorParams>("", request.VectorsConfig.Params)],
            VectorsConfig.ConfigOneofCase.ParamsMap => request.VectorsConfig.ParamsMap.Map.ToList(),
            _ => [],
        };
        foreach (var (vector, parameters) in dense)
        {
            if (parameters.Size is 0 or > 65536)
            {
                throw QdrantErrors.Validation($"vectors_config.{vector}.size: value {parameters.Size} invalid, must be from 1 to 65536");
            }

            if (parameters.Distance == Distance.UnknownDistance)
            {
                throw QdrantErrors.WrongInput($"Unknown distance for vector {vector}");
            }
        }

        foreach (var sparse in request.SparseVectorsConfig?.Map.Keys ?? Enumerable.Empty<string>())
        {
            if (dense.Any(pair => pair.Key == sparse))
            {
                throw QdrantErrors.WrongInput($"Vector name {sparse} is used for both a dense and a sparse vector");
            }
        }

        if (request.HasShardNumber && request.ShardNumber == 0)
        {
            throw QdrantErrors.Validation("shard_number: value 0 invalid, must be 1 or more");
        }

        if (request.HasReplicationFactor && request.ReplicationFactor == 0)
        {
            throw QdrantErrors.Validation("replication_factor: value 0 invalid, must be 1 or more");
        }

        if (request.HasWriteConsistencyFactor && request.HasReplicationFactor && request.WriteConsistencyFactor > request.ReplicationFactor)
        {
            throw QdrantErrors.WrongInput("`write_consistency_factor` cannot be greater than `replication_factor`");
        }
    }
}
