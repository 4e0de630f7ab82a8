using Microsoft.Extensions.Options;
using NewsBot.Core.Retrieval;
using NewsBot.Core.Text;
using NewsBot.Core.Time;

namespace NewsBot.Core.Answering;

/// <summary>
/// The offline answerer. It trusts retrieval to name the best article and takes from it the sentences that cover
/// most of the question; further articles that retrieval scores nearly as high are given their own sentence and
/// citation, attributed to their outlet, and numeric disagreements between outlets are said. When the best
/// sentences cover too little of the question it declines.
/// </summary>
internal sealed class ExtractiveAnswerService(IRetriever retriever, IOptions<AnswerOptions> options) : IAnswerService
{
    public const string DeclineText = "I couldn't find this in the indexed news.";

    /// <summary>Share of the decline threshold an article must still cover to be named as nearest to a declined question.</summary>
    private const double NearestCoverage = 0.75;

    public async Task<GroundedAnswer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var retrieval = await retriever.RetrieveAsync(
            new RetrievalRequest(request.Question) { AskedAt = request.AskedAt, Filter = request.Filter, MaxArticles = 6, PassagesPerArticle = 6 },
            cancellationToken);
        var passages = retrieval.Articles.SelectMany(a => a.Passages.Select(p => new UsedPassage(a.ArticleId, p.ChunkId, p.Score))).ToList();
        var scorer = SentenceScorer.For(request.Question, retrieval);
        var picks = retrieval.Articles.Select(a => scorer.Rank(a)).Where(s => s.Count > 0).ToList();

        // Decline unless some sentence of one of the leading articles covers the question; then trust retrieval's
        // first article unless its best sentence hardly touches the question.
        var covering = picks.Take(3).FirstOrDefault(s => Reach(s) >= settings.MinCoverage);
        var best = covering is null ? null
            : picks[0][0].Coverage >= settings.MinCoverage / 2 ? picks[0] : covering;
        if (best is null)
        {
            return new GroundedAnswer(request.Question, retrieval.AskedAt, DeclineText, Declined: true, [], passages)
            {
                Nearest = [.. picks.Where(s => Reach(s) >= NearestCoverage * settings.MinCoverage).Take(3).Select(s => Nearby(s[0].Article))],
            };
        }

        var chosen = new List<List<SentenceCandidate>> { Lead(best, settings) };
        foreach (var other in picks.Where(p => p != best))
        {
            if (chosen.Count >= settings.MaxSources)
            {
                break;
            }

            var newOutlet = !chosen.Any(c => SameOutlet(c[0].Article, other[0].Article));
            var ratio = newOutlet ? settings.OtherOutletRatio : settings.SecondSourceRatio;
            var share = other[0].Article.Score / best[0].Article.Score;
            var fuller = share >= settings.FullerSourceRatio && other[0].Score >= best[0].Score;
            if ((share >= ratio || fuller) && other[0].Coverage >= settings.MinCoverage)
            {
                chosen.Add(WithContinuation(other));
            }
        }

        return Compose(request.Question, retrieval.AskedAt, chosen, passages);
    }

    /// <summary>How much of the question the article's best-covering sentence holds.</summary>
    private static double Reach(List<SentenceCandidate> ranked) => ranked.Max(c => c.Coverage);

    private static NearbyArticle Nearby(RetrievedArticle article) =>
        new(article.ArticleId, article.Title, article.Outlet, article.Published, article.Url);

    /// <summary>Two articles share an outlet when both name the same one; an unnamed outlet is its own.</summary>
    private static bool SameOutlet(RetrievedArticle a, RetrievedArticle b) =>
        a.Outlet is not null && string.Equals(a.Outlet, b.Outlet, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The best sentence of the best article with its continuation, if it has one, then the next best while they
    /// still cover the question well.
    /// </summary>
    private static List<SentenceCandidate> Lead(List<SentenceCandidate> ranked, AnswerOptions settings)
    {
        var lead = WithContinuation(ranked);
        lead.AddRange(ranked.Skip(1)
            .Where(s => !lead.Contains(s) && s.Coverage >= settings.MinCoverage && s.Score >= 0.75 * ranked[0].Score)
            .Take(settings.SentencesFromBest - lead.Count)
            .ToList());
        return lead;
    }

    /// <summary>An article's best sentence, followed by the sentence after it when that holds part of the answer.</summary>
    private static List<SentenceCandidate> WithContinuation(List<SentenceCandidate> ranked) =>
        ranked[0].Continuation is { } next && ranked.Find(s => s.Text == next) is { } continuation
            ? [ranked[0], continuation]
            : [ranked[0]];

    private static GroundedAnswer Compose(string question, DateTimeOffset askedAt, List<List<SentenceCandidate>> chosen, List<UsedPassage> passages)
    {
        var citations = new List<Citation>();
        var parts = new List<string>();
        foreach (var sentences in chosen)
        {
            var article = sentences[0].Article;
            var number = citations.Count + 1;
            citations.Add(new Citation(number, article.ArticleId, article.Title, article.Outlet, article.Published, article.Url));
            if (number == 1)
            {
                // The best article's headline leads: headlines state the news in the fewest words.
                parts.Add($"{Headline.ForAnswer(article.Title)} [{number}]");
            }

            parts.Add($"{Attribution.Attribute(article.Outlet, sentences[0].Text)} [{number}]");
            parts.AddRange(sentences.Skip(1).Select(s => $"{s.Text} [{number}]"));
        }

        if (Disagreement.Describe(chosen.Select(c => c[0].Article).ToList(), citations) is { } differs)
        {
            parts.Add(differs);
        }

        return new GroundedAnswer(question, askedAt, string.Join(' ', parts), Declined: false, citations, passages);
    }
}
