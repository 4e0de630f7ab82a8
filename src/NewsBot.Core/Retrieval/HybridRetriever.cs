using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Core.Text;
using NewsBot.Core.Time;

namespace NewsBot.Core.Retrieval;

/// <summary>
/// Lexical and vector search fused by reciprocal rank, grouped by article, weighted by recency relative to the
/// moment the question is asked and by any time phrase it contains.
/// </summary>
internal sealed class HybridRetriever(
    IChunkStore store,
    IEmbeddingGenerator<string, Embedding<float>> embedder,
    TimeProvider time,
    IOptions<RetrievalOptions> options,
    ILogger<HybridRetriever> logger) : IRetriever
{
    /// <summary>Dates are often whole days in another time zone: an article this far past the ask-time still counts.</summary>
    private static readonly TimeSpan FutureTolerance = TimeSpan.FromDays(1);

    /// <summary>Slack at the edges of a named window ("yesterday") for time-zone differences.</summary>
    private static readonly TimeSpan WindowTolerance = TimeSpan.FromHours(3);

    public async Task<RetrievalResult> RetrieveAsync(RetrievalRequest request, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Question);
        var settings = options.Value;
        var askedAt = request.AskedAt ?? time.GetUtcNow();
        var temporal = TemporalParser.Parse(request.Question, askedAt);
        var keywords = Terms.Keywords(temporal.Remainder);

        // The keyword search runs on another thread while the question is embedded and the vectors are searched.
        var lexicalTask = keywords.Count == 0
            ? Task.FromResult<IReadOnlyList<ChunkHit>>([])
            : Task.Run(() => store.SearchLexicalAsync(keywords, request.Filter, settings.CandidatePool, cancellationToken), cancellationToken);
        var vector = await embedder.GenerateVectorAsync(temporal.Remainder, cancellationToken: cancellationToken);
        var semantic = await store.SearchVectorAsync(vector, request.Filter, settings.CandidatePool, cancellationToken);
        var lexical = await lexicalTask;

        var fused = RankFusion.Fuse([lexical, semantic], settings.FusionK);
        var articles = new List<RetrievedArticle>();
        foreach (var group in fused.GroupBy(f => f.Hit.ArticleId))
        {
            var passages = group.OrderByDescending(f => f.Score).ToList();
            var first = passages[0].Hit;
            var factor = TimeFactor(first.Published, askedAt, temporal.Window, settings);
            if (factor <= 0)
            {
                continue;
            }

            var relevance = ArticleRelevance(passages.Select(p => p.Score * LeadBoost(p.Hit.Position)));
            articles.Add(new RetrievedArticle(
                first.ArticleId,
                first.Title,
                first.Outlet,
                first.Published,
                first.Url,
                relevance * factor,
                passages.Take(request.PassagesPerArticle).Select(p => p.Hit with { Score = p.Score }).ToList()));
        }

        var ranked = articles
            .OrderByDescending(a => a.Score)
            .ThenBy(a => a.ArticleId, StringComparer.Ordinal)
            .Take(request.MaxArticles)
            .ToList();
        Log.Retrieved(logger, lexical.Count, semantic.Count, ranked.Count);
        return new RetrievalResult(request.Question, askedAt, temporal.Window, ranked);
    }

    /// <summary>An article is as relevant as its best passage, plus a little for further matching passages.</summary>
    private static double ArticleRelevance(IEnumerable<double> passageScores)
    {
        double score = 0, weight = 1;
        foreach (var s in passageScores.Take(3))
        {
            score += weight * s;
            weight *= 0.25;
        }

        return score;
    }

    /// <summary>
    /// News puts its main point first: a match in an article's opening passage says the article is about the question,
    /// while a match deep inside (a round-up, a "5 things to know") says it only mentions it.
    /// </summary>
    private static double LeadBoost(int position) => position switch
    {
        0 => 2.0,
        1 => 1.4,
        _ => 1.0,
    };

    private static double TimeFactor(DateTimeOffset? published, DateTimeOffset askedAt, TimeWindow? window, RetrievalOptions settings)
    {
        if (published is not { } date)
        {
            return window is null ? 1 - settings.RecencyWeight / 2 : settings.OutsideWindowFactor;
        }

        if (date > askedAt + FutureTolerance)
        {
            return 0;
        }

        var ageDays = Math.Max(0, (askedAt - date).TotalDays);
        var recency = Math.Pow(0.5, ageDays / settings.RecencyHalfLifeDays);
        var factor = 1 - settings.RecencyWeight + settings.RecencyWeight * recency;
        if (window is not null && !(date >= window.From - WindowTolerance && date <= window.To + WindowTolerance))
        {
            factor *= settings.OutsideWindowFactor;
        }

        return factor;
    }
}
