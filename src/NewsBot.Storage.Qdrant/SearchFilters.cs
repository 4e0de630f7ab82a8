using NewsBot.Core.Storage;
using Qdrant.Client.Grpc;
using static Qdrant.Client.Grpc.Conditions;

namespace NewsBot.Storage.Qdrant;

/// <summary>Qdrant filters for NewsBot's points: chunks or articles, outlets, a publication window, one article's version.</summary>
internal static class SearchFilters
{
    /// <summary>Chunks passing <paramref name="filter"/>: outlet among the listed (case-insensitive), published within the bounds.</summary>
    public static Filter Chunks(SearchFilter filter) => Passing(Payloads.ChunkKind, filter);

    /// <summary>Article points passing <paramref name="filter"/>, as <see cref="Chunks"/> does for chunks.</summary>
    public static Filter Articles(SearchFilter filter) => Passing(Payloads.ArticleKind, filter);

    private static Filter Passing(string kind, SearchFilter filter)
    {
        var result = MatchKeyword(Payloads.Kind, kind);
        if (filter.Outlets.Count > 0)
        {
            result &= Match(Payloads.OutletKey, [.. filter.Outlets.Where(o => o is not null).Select(Payloads.Key).Distinct()]);
        }

        if (filter.From is not null || filter.To is not null)
        {
            result &= DatetimeRange(Payloads.Published, gte: filter.From?.UtcDateTime, lte: filter.To?.UtcDateTime);
        }

        return result;
    }

    /// <summary>Article points, of one source when <paramref name="sourceKey"/> is given.</summary>
    public static Filter Articles(string? sourceKey = null)
    {
        var result = MatchKeyword(Payloads.Kind, Payloads.ArticleKind);
        return sourceKey is null ? result : result & MatchKeyword(Payloads.SourceKey, sourceKey);
    }

    /// <summary>The chunks of one article, of one version only when <paramref name="version"/> is given.</summary>
    public static Filter ArticleChunks(string articleId, string? version = null)
    {
        var result = MatchKeyword(Payloads.Kind, Payloads.ChunkKind) & MatchKeyword(Payloads.ArticleId, articleId);
        return version is null ? result : result & MatchKeyword(Payloads.Version, version);
    }

    /// <summary>The chunks of one article that belong to any version but <paramref name="version"/>.</summary>
    public static Filter StaleChunks(string articleId, string version) =>
        MatchKeyword(Payloads.Kind, Payloads.ChunkKind) & MatchKeyword(Payloads.ArticleId, articleId) & !MatchKeyword(Payloads.Version, version);
}
