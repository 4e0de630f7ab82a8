namespace NewsBot.Testing.Qdrant;

/// <summary>How a <see cref="QdrantStandIn"/> starts.</summary>
public sealed class QdrantStandInOptions
{
    /// <summary>The key every call must carry in its <c>api-key</c> header (or as a bearer token); null serves without a key.</summary>
    public string? ApiKey { get; init; }

    /// <summary>The version the health check answers.</summary>
    public string Version { get; init; } = "1.20.0";

    /// <summary>The clock for collection creation times.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Makes the collections service, for a test that derives one to replace a handler.</summary>
    public Func<QdrantStandInState, QdrantCollectionsService>? Collections { get; init; }

    /// <summary>Makes the points service, for a test that derives one to replace a handler.</summary>
    public Func<QdrantStandInState, QdrantPointsService>? Points { get; init; }
}
