using Qdrant.Client.Grpc;

namespace NewsBot.Testing.Qdrant;

/// <summary>One level of a Query API request: the top-level query or one of its prefetches.</summary>
internal sealed record QueryStep(IReadOnlyList<PrefetchQuery> Prefetch, Query? Query, string Using, Filter? Filter, float? ScoreThreshold, ulong Limit, ulong Offset)
{
    /// <summary>Qdrant's default page size when none is given.</summary>
    public const ulong DefaultLimit = 10;

    public static QueryStep From(QueryPoints request) => new(
        request.Prefetch, request.Query, request.Using ?? "", request.Filter,
        request.HasScoreThreshold ? request.ScoreThreshold : null,
        request.HasLimit ? request.Limit : DefaultLimit,
        request.HasOffset ? request.Offset : 0);

    public static QueryStep From(PrefetchQuery prefetch) => new(
        prefetch.Prefetch, prefetch.Query, prefetch.Using ?? "", prefetch.Filter,
        prefetch.HasScoreThreshold ? prefetch.ScoreThreshold : null,
        prefetch.HasLimit ? prefetch.Limit : DefaultLimit,
        0);
}
