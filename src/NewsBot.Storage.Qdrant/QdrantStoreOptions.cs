using System.ComponentModel.DataAnnotations;

namespace NewsBot.Storage.Qdrant;

/// <summary>Settings of the Qdrant store, bound from <c>NewsBot:Storage:Qdrant</c>; the cluster settings apply to new collections.</summary>
public sealed class QdrantStoreOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "NewsBot:Storage:Qdrant";

    /// <summary>Qdrant's gRPC address (port 6334), http or https.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "NewsBot:Storage:Qdrant:Url must be set to Qdrant's gRPC address, e.g. http://localhost:6334.")]
    public string Url { get; set; } = "http://localhost:6334";

    /// <summary>The key Qdrant requires (its <c>QDRANT__SERVICE__API_KEY</c>); null when it requires none. Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The collection name NewsBot reads and writes: an alias of the versioned collection behind it.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "NewsBot:Storage:Qdrant:Collection must name the collection, e.g. newsbot.")]
    [RegularExpression("^[A-Za-z0-9_-]{1,200}$", ErrorMessage = "NewsBot:Storage:Qdrant:Collection may hold only letters, digits, '_' and '-' (at most 200).")]
    public string Collection { get; set; } = "newsbot";

    /// <summary>Shards of a new collection (spread over the cluster's nodes).</summary>
    [Range(1, 1000, ErrorMessage = "NewsBot:Storage:Qdrant:ShardNumber must be between {1} and {2}.")]
    public int ShardNumber { get; set; } = 1;

    /// <summary>Copies of each shard in a new collection.</summary>
    [Range(1, 100, ErrorMessage = "NewsBot:Storage:Qdrant:ReplicationFactor must be between {1} and {2}.")]
    public int ReplicationFactor { get; set; } = 1;

    /// <summary>Replicas that must confirm a write in a new collection; at most <see cref="ReplicationFactor"/>.</summary>
    [Range(1, 100, ErrorMessage = "NewsBot:Storage:Qdrant:WriteConsistencyFactor must be between {1} and {2}.")]
    public int WriteConsistencyFactor { get; set; } = 1;

    /// <summary>Keep dense vectors on disk (memory-mapped) rather than in RAM.</summary>
    public bool OnDisk { get; set; }

    /// <summary>Seconds one call may take before it counts as timed out.</summary>
    [Range(1, 600, ErrorMessage = "NewsBot:Storage:Qdrant:TimeoutSeconds must be between {1} and {2}.")]
    public int TimeoutSeconds { get; set; } = 30;
}
