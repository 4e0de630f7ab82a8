using NewsBot.Core.Retrieval;
using NewsBot.Core.Text;
using NewsBot.Core.Time;

namespace NewsBot.Core.Answering;

/// <summary>
/// The offline answerer. It scores the sentences of the best retrieved articles against the question, answers with
/// the best ones, attributes each to its outlet and cites it; other outlets that report the same thing are given
/// their own sentence and citation, and numeric disagreements between them are said. When no sentence covers
/// enough of the question it declines.
/// </summary>
internal sealed class ExtractiveAnswerService(IRetriever retriever) : IAnswerService
{
    public const string DeclineText = "I couldn't find this in the indexed news.";

    /// <summary>Least share of the question's keyword weight a sentence and its headline must hold to be used.</summary>
    private const double MinCoverage = 0.5;

    /// <summary>Another outlet is cited only when its best sentence scores this close to the best one.</summary>
    private const double SecondSourceRatio = 0.8;

    private const int MaxSources = 3;

    public async Task<GroundedAnswer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        var retrieval = await retriever.RetrieveAsync(
            new RetrievalRequest(request.Question) { AskedAt = request.AskedAt, Filter = request.Filter, MaxArticles = 6, PassagesPerArticle = 4 },
            cancellationToken);
        var passages = retrieval.Articles.SelectMany(a => a.Passages.Select(p => new UsedPassage(a.ArticleId, p.ChunkId, p.Score))).ToList();
        var candidates = Candidates(request.Question, retrieval);
        var best = candidates.FirstOrDefault();
        if (best is null || best.Coverage < MinCoverage)
        {
            return new GroundedAnswer(request.Question, retrieval.AskedAt, DeclineText, Declined: true, [], passages);
        }

        var chosen = Choose(candidates, best);
        var citations = new List<Citation>();
        var parts = new List<string>();
        foreach (var group in chosen.GroupBy(c => c.Article.ArticleId))
        {
            var article = group.First().Article;
            var number = citations.Count + 1;
            citations.Add(new Citation(number, article.ArticleId, article.Title, article.Outlet, article.Published, article.Url));
            var sentences = group.Select(c => c.Text).ToList();
            parts.Add($"{Attribution.Attribute(article.Outlet, sentences[0])} [{number}]");
            parts.AddRange(sentences.Skip(1).Select(s => $"{s} [{number}]"));
        }

        if (Disagreement.Describe(chosen.Select(c => c.Article).DistinctBy(a => a.ArticleId).ToList(), citations) is { } differs)
        {
            parts.Add(differs);
        }

        return new GroundedAnswer(request.Question, retrieval.AskedAt, string.Join(' ', parts), Declined: false, citations, passages);
    }

    /// <summary>Every sentence of the retrieved passages, best first.</summary>
    private static List<SentenceCandidate> Candidates(string question, RetrievalResult retrieval)
    {
        if (retrieval.Articles.Count == 0)
        {
            return [];
        }

        var sentences = retrieval.Articles
            .SelectMany(a => a.Passages.SelectMany(p => SentenceSplitter.SplitText(p.Text)).Distinct(StringComparer.Ordinal).Select(s => (Article: a, Text: s, Stems: QuestionKeywords.Stems(s))))
            .ToList();
        var keywords = new QuestionKeywords(
            Terms.Keywords(TemporalParser.Parse(question, retrieval.AskedAt).Remainder),
            [.. sentences.Select(s => s.Stems)]);
        if (keywords.Count == 0)
        {
            return [];
        }

        var top = retrieval.Articles[0].Score;
        var asked = QuestionKeywords.Stems(question);
        return sentences
            .Select(s =>
            {
                var inSentence = keywords.Coverage(s.Stems);
                var withTitle = keywords.Coverage(s.Stems.Union(QuestionKeywords.Stems(s.Article.Title)).ToHashSet(StringComparer.Ordinal));
                var strength = top <= 0 ? 0 : s.Article.Score / top;
                return new SentenceCandidate(s.Article, s.Text, withTitle, (0.6 * inSentence) + (0.4 * strength) + (0.1 * Novelty(s.Stems, asked)));
            })
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Article.ArticleId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>An answer must tell more than the question: the share, up to a dozen, of a sentence's words the question lacks.</summary>
    private static string SourceKey(RetrievedArticle article) => article.Outlet ?? "\u0000" + article.ArticleId;

    private static double Novelty(IReadOnlySet<string> sentence, IReadOnlySet<string> question) =>
        Math.Min(1.0, sentence.Count(w => !question.Contains(w) && !Terms.IsStopWord(w)) / 12.0);

    /// <summary>The best sentence, a second one from the same article if it is nearly as good, and the best sentence of each other outlet that scores close.</summary>
    private static List<SentenceCandidate> Choose(List<SentenceCandidate> candidates, SentenceCandidate best)
    {
        var chosen = new List<SentenceCandidate> { best };
        var second = candidates.FirstOrDefault(c => c != best && c.Article.ArticleId == best.Article.ArticleId && c.Coverage >= MinCoverage && c.Score >= SecondSourceRatio * best.Score);
        if (second is not null)
        {
            chosen.Add(second);
        }

        // An article of unknown outlet counts as a source of its own.
        var outlets = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { SourceKey(best.Article) };
        foreach (var other in candidates)
        {
            if (outlets.Count >= MaxSources)
            {
                break;
            }

            if (!outlets.Contains(SourceKey(other.Article)) && other.Coverage >= MinCoverage && other.Score >= SecondSourceRatio * best.Score)
            {
                outlets.Add(SourceKey(other.Article));
                chosen.Add(other);
            }
        }

        return chosen;
    }
}
