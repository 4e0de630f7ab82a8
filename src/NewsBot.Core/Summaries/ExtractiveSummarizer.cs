using NewsBot.Core.Answering;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage;
using NewsBot.Core.Text;

namespace NewsBot.Core.Summaries;

/// <summary>The lead sentence plus the sentences most like the rest of the article, in article order.</summary>
internal sealed class ExtractiveSummarizer(IChunkStore store) : IArticleSummarizer
{
    private const int SummarySentences = 3;
    private const double MinTitleMatch = 0.5;

    /// <summary>Articles asked of the store for a reference; more than a user could choose from.</summary>
    private const int MaxCandidates = 50;

    public async Task<SummaryResult> SummarizeAsync(string reference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        var key = reference.Trim();
        if (await store.GetArticleAsync(key, cancellationToken) is { } exact)
        {
            return new SummaryResult(Summarize(exact.Article), []);
        }

        var articles = await store.FindArticlesAsync(key, MaxCandidates, cancellationToken);
        var byUrl = articles.FirstOrDefault(a => string.Equals(a.Article.Url, key, StringComparison.OrdinalIgnoreCase));
        if (byUrl is not null)
        {
            return new SummaryResult(Summarize(byUrl.Article), []);
        }

        var wanted = ArticleLookup.TitleTerms(key);
        if (wanted.Count == 0)
        {
            return new SummaryResult(null, []);
        }

        var scored = articles
            .Select(a => (a.Article, Share: (double)ArticleLookup.SharedTitleTerms(a.Article.Title, wanted) / wanted.Count))
            .Where(x => x.Share >= MinTitleMatch)
            .OrderByDescending(x => x.Share)
            .ThenByDescending(x => x.Article.Published)
            .ToList();
        if (scored.Count == 0)
        {
            return new SummaryResult(null, []);
        }

        var best = scored.Where(x => x.Share >= scored[0].Share - 1e-9).ToList();
        return best.Count == 1
            ? new SummaryResult(Summarize(best[0].Article), [])
            : new SummaryResult(null, [.. best.Take(8).Select((x, i) => Cite(x.Article, i + 1))]);
    }

    internal static ArticleSummary Summarize(Article article)
    {
        var sentences = SentenceSplitter.SplitText(article.Body).Select(Datelines.Strip).ToList();
        var citation = Cite(article, 1);
        if (sentences.Count == 0)
        {
            return new ArticleSummary($"{article.Title} [1]", citation, [article.Title]);
        }

        var bags = sentences.Select(s => Terms.Keywords(s).Select(Terms.Stem).ToHashSet(StringComparer.Ordinal)).ToList();
        var central = Enumerable.Range(1, sentences.Count - 1)
            .OrderByDescending(i => Centrality(i, bags))
            .ThenBy(i => i)
            .Take(SummarySentences - 1);
        var picked = central.Prepend(0).Order().Select(i => sentences[i]).ToList();
        return new ArticleSummary(string.Join(' ', picked) + " [1]", citation, picked);
    }

    /// <summary>How much a sentence shares with the others: the sum of its word-overlap similarity to each.</summary>
    private static double Centrality(int index, IReadOnlyList<HashSet<string>> bags)
    {
        var own = bags[index];
        if (own.Count == 0)
        {
            return 0;
        }

        double sum = 0;
        for (var j = 0; j < bags.Count; j++)
        {
            if (j != index && bags[j].Count > 0)
            {
                sum += own.Intersect(bags[j]).Count() / Math.Sqrt(own.Count * bags[j].Count);
            }
        }

        return sum;
    }

    private static Citation Cite(Article article, int number) =>
        new(number, article.Id, article.Title, article.Outlet, article.Published, article.Url ?? article.Origin);
}
