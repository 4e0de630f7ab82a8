using NewsBot.Core.Retrieval;
using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>
/// Chooses the passages a generated answer is written from, within a token budget: each article's best passage in
/// retrieval order, then each article's second best, and so on up to a number per article, so that one long article
/// cannot crowd out the other outlets. A passage that does not fit is skipped; a shorter one after it may still fit.
/// </summary>
public static class ContextPacker
{
    /// <summary>
    /// The passages to give, in the order to number them; <paramref name="block"/> renders a passage as the prompt
    /// shows it (with its 1-based number), and its tokens are what the budget counts.
    /// </summary>
    public static IReadOnlyList<SourcePassage> Pack(
        RetrievalResult retrieval,
        ITokenCounter tokens,
        int budget,
        int perArticle,
        Func<SourcePassage, int, string> block)
    {
        ArgumentNullException.ThrowIfNull(retrieval);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(block);
        var chosen = new List<SourcePassage>();
        var used = 0;
        for (var rank = 0; rank < perArticle; rank++)
        {
            foreach (var article in retrieval.Articles.Where(a => a.Passages.Count > rank))
            {
                var hit = article.Passages[rank];
                var passage = new SourcePassage(article.ArticleId, hit.ChunkId, article.Title, article.Outlet, article.Published, article.Url, hit.Text);
                var cost = tokens.Count(block(passage, chosen.Count + 1));
                if (used + cost <= budget)
                {
                    chosen.Add(passage);
                    used += cost;
                }
            }
        }

        return chosen;
    }
}
