using System.Globalization;
using NewsBot.Core.Articles;

namespace NewsBot.Benchmarks;

/// <summary>The synthetic articles of the scale benchmarks: <see cref="SyntheticNews"/> articles of three paragraphs, about three passages each.</summary>
internal static class ScaleCorpus
{
    /// <summary>
    /// Raised whenever <see cref="SyntheticNews"/>, the articles chosen here or the way a store is filled change, so
    /// that stores kept by <see cref="ScaleStores"/> from an earlier version are not reused.
    /// </summary>
    public const int GeneratorVersion = 1;

    /// <summary>The numbers of passages measured: 10k, 100k and 500k, or those listed in <c>NEWSBOT_BENCH_PASSAGES</c> (<c>10000,100000</c>).</summary>
    public static IEnumerable<int> Sizes =>
        Environment.GetEnvironmentVariable("NEWSBOT_BENCH_PASSAGES") is { Length: > 0 } sizes
            ? sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))
            : [10_000, 100_000, 500_000];

    /// <summary>Articles whose passages (cut by the default chunker) add up to at least <paramref name="passages"/>.</summary>
    public static IReadOnlyList<Article> Articles(int passages)
    {
        var chunker = BenchmarkStore.Chunker();
        var all = new List<Article>(passages / 3 + 500);
        var total = 0;
        var seed = 5000;
        while (total < passages)
        {
            foreach (var article in SyntheticNews.Articles(500, paragraphs: 3, seed: seed++))
            {
                total += chunker.Split(article).Count;
                all.Add(article);
                if (total >= passages)
                {
                    break;
                }
            }
        }

        return all;
    }
}
