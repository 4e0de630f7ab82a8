using NewsBot.Core.Storage;
using Qdrant.Client.Grpc;

namespace NewsBot.Storage.Qdrant;

/// <summary>Lists of articles that never page through every body: headings only, or the newest few read whole.</summary>
public sealed partial class QdrantChunkStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<ArticleHeading>> ListHeadingsAsync(CancellationToken cancellationToken)
    {
        var headings = new List<ArticleHeading>();
        await foreach (var point in ScrollAsync(SearchFilters.Articles(), Payloads.HeadingFields, cancellationToken))
        {
            headings.Add(Payloads.ReadHeading(point.Payload));
        }

        return [.. headings.OrderBy(h => h.Id, StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredArticle>> ListRecentAsync(SearchFilter filter, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);

        // Ids and dates first, then only the chosen articles whole.
        var dated = new List<(string Id, long Ticks)>();
        await foreach (var point in ScrollAsync(SearchFilters.Articles(filter), Payloads.DateFields, cancellationToken))
        {
            if (Payloads.String(point.Payload, Payloads.ArticleId) is { } id && Payloads.PublishedUtcTicks(point.Payload) is { } ticks)
            {
                dated.Add((id, ticks));
            }
        }

        var chosen = dated.OrderByDescending(d => d.Ticks).ThenBy(d => d.Id, StringComparer.Ordinal).Take(limit).Select(d => d.Id).ToList();
        if (chosen.Count == 0)
        {
            return [];
        }

        var points = await ReadAsync(
            "retrieve",
            t => _client.RetrieveAsync(_target, [.. chosen.Select(id => (PointId)PointIds.Article(id))], withPayload: true, withVectors: false, cancellationToken: t),
            [],
            cancellationToken);
        var byId = points.Select(p => Payloads.ReadArticle(p.Payload)).ToDictionary(a => a.Article.Id, StringComparer.Ordinal);
        return [.. chosen.Where(byId.ContainsKey).Select(id => byId[id])];
    }
}
