using NewsBot.Core.Text;

namespace NewsBot.Core.Storage;

/// <summary>
/// How <see cref="IChunkStore.FindArticlesAsync"/> ranks articles for a reference, the same in every store: the article
/// with that id first, then those with that URL, then those whose titles share the most analyzed words with it, newer first.
/// </summary>
public static class ArticleLookup
{
    /// <summary>The distinct analyzed words of a reference, as titles are matched against them.</summary>
    public static IReadOnlyList<string> TitleTerms(string reference) => TextAnalyzer.QueryTerms([reference]);

    /// <summary>How many of <paramref name="wanted"/> the title holds.</summary>
    public static int SharedTitleTerms(string title, IReadOnlyCollection<string> wanted)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(wanted);
        return TextAnalyzer.Analyze(title).Distinct(StringComparer.Ordinal).Count(wanted.Contains);
    }

    /// <summary>Ranks candidates for <paramref name="reference"/> and keeps the first <paramref name="limit"/> that match at all.</summary>
    public static IReadOnlyList<T> Rank<T>(IEnumerable<T> candidates, Func<T, (string Id, string Title, string? Url, DateTimeOffset? Published)> fields, string reference, int limit)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var key = reference.Trim();
        var wanted = TitleTerms(key).ToHashSet(StringComparer.Ordinal);
        return [.. candidates
            .Select(c => (Item: c, Rank: RankOf(fields(c), key, wanted), fields(c).Published, fields(c).Id))
            .Where(x => x.Rank > 0)
            .OrderByDescending(x => x.Rank)
            .ThenByDescending(x => x.Published ?? DateTimeOffset.MinValue)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(limit)
            .Select(x => x.Item)];
    }

    private static int RankOf((string Id, string Title, string? Url, DateTimeOffset? Published) article, string key, HashSet<string> wanted)
    {
        if (string.Equals(article.Id, key, StringComparison.Ordinal))
        {
            return int.MaxValue;
        }

        if (article.Url is not null && string.Equals(article.Url, key, StringComparison.OrdinalIgnoreCase))
        {
            return int.MaxValue - 1;
        }

        return wanted.Count == 0 ? 0 : SharedTitleTerms(article.Title, wanted);
    }
}
