using NewsBot.Core.Storage;

namespace NewsBot.Evaluation;

/// <summary>The normalised full text (headline and body) of stored articles, read once each.</summary>
internal sealed class ArticleTexts(IChunkStore store)
{
    private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);

    /// <summary>Whether any of <paramref name="articleIds"/> holds <paramref name="gold"/> after normalisation.</summary>
    public async Task<bool> AnyContainsAsync(IEnumerable<string> articleIds, string gold, CancellationToken cancellationToken)
    {
        var wanted = AnswerMetrics.Normalize(gold);
        foreach (var id in articleIds)
        {
            if ((await TextAsync(id, cancellationToken)).Contains(wanted, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<string> TextAsync(string articleId, CancellationToken cancellationToken)
    {
        if (!texts.TryGetValue(articleId, out var text))
        {
            var stored = await store.GetArticleAsync(articleId, cancellationToken);
            text = stored is null ? " " : AnswerMetrics.Normalize(stored.Article.Title + "\n" + stored.Article.Body);
            texts[articleId] = text;
        }

        return text;
    }
}
