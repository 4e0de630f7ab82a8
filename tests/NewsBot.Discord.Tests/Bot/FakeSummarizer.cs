using NewsBot.Core.Answering;
using NewsBot.Core.Articles;
using NewsBot.Core.Summaries;

namespace NewsBot.Discord.Tests.Bot;

/// <summary>
/// Summarises an article of a fixed list named by its id or its exact title, as its body; a reference that only part of
/// several titles holds gives those as candidates; anything else is not found.
/// </summary>
internal sealed class FakeSummarizer(IReadOnlyList<Article>? articles = null) : IArticleSummarizer
{
    private readonly IReadOnlyList<Article> articles = articles ?? [];

    public List<string> References { get; } = [];

    public Task<SummaryResult> SummarizeAsync(string reference, CancellationToken cancellationToken)
    {
        References.Add(reference);
        var exact = articles.FirstOrDefault(a => a.Id == reference || string.Equals(a.Title, reference, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return Task.FromResult(new SummaryResult(new ArticleSummary(exact.Body, Cite(exact, 1), [exact.Body]), []));
        }

        var partial = articles.Where(a => a.Title.Contains(reference, StringComparison.OrdinalIgnoreCase)).Select((a, i) => Cite(a, i + 1)).ToList();
        return Task.FromResult(new SummaryResult(null, partial));
    }

    private static Citation Cite(Article a, int number) => new(number, a.Id, a.Title, a.Outlet, a.Published, a.Url);
}
