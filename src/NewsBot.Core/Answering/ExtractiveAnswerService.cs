using NewsBot.Core.Retrieval;
using NewsBot.Core.Text;
using NewsBot.Core.Time;

namespace NewsBot.Core.Answering;

/// <summary>
/// The offline answerer: from the best retrieved articles it picks the sentence of each that covers most of the
/// question, attributes it to its outlet and cites it; it declines when no sentence covers enough of the question.
/// </summary>
internal sealed class ExtractiveAnswerService(IRetriever retriever) : IAnswerService
{
    public const string DeclineText = "I couldn't find this in the indexed news.";
    private const int MaxArticles = 3;
    private const double MinCoverage = 0.5;

    public async Task<GroundedAnswer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        var retrieval = await retriever.RetrieveAsync(
            new RetrievalRequest(request.Question) { AskedAt = request.AskedAt, Filter = request.Filter, MaxArticles = 6, PassagesPerArticle = 3 },
            cancellationToken);
        var keywords = Terms.Keywords(TemporalParser.Parse(request.Question, retrieval.AskedAt).Remainder).Select(Terms.Stem).ToHashSet(StringComparer.Ordinal);
        var passages = retrieval.Articles.SelectMany(a => a.Passages.Select(p => new UsedPassage(a.ArticleId, p.ChunkId, p.Score))).ToList();

        var picks = retrieval.Articles
            .Select((article, rank) => Best(article, rank, keywords))
            .Where(p => p is not null && p.Coverage >= MinCoverage)
            .Select(p => p!)
            .OrderByDescending(p => p.Score)
            .Take(MaxArticles)
            .ToList();
        if (picks.Count == 0)
        {
            return new GroundedAnswer(request.Question, retrieval.AskedAt, DeclineText, true, [], passages);
        }

        var citations = new List<Citation>();
        var parts = new List<string>();
        foreach (var pick in picks)
        {
            var a = pick.Article;
            var number = citations.Count + 1;
            citations.Add(new Citation(number, a.ArticleId, a.Title, a.Outlet, a.Published, a.Url));
            parts.Add($"{Attribute(a.Outlet, pick.Sentence)} [{number}]");
        }

        return new GroundedAnswer(request.Question, retrieval.AskedAt, string.Join(' ', parts), false, citations, passages);
    }

    private static Pick? Best(RetrievedArticle article, int rank, HashSet<string> keywords)
    {
        if (keywords.Count == 0)
        {
            return null;
        }

        var title = Terms.Words(article.Title).Select(Terms.Stem).ToHashSet(StringComparer.Ordinal);
        Pick? best = null;
        foreach (var sentence in article.Passages.SelectMany(p => SentenceSplitter.Split(p.Text)).Distinct(StringComparer.Ordinal))
        {
            var words = Terms.Words(sentence).Select(Terms.Stem).ToHashSet(StringComparer.Ordinal);
            var inSentence = keywords.Count(words.Contains);
            var coverage = (double)keywords.Count(k => words.Contains(k) || title.Contains(k)) / keywords.Count;
            var score = ((double)inSentence / keywords.Count) + (coverage / 2) - (rank * 0.1);
            if (best is null || score > best.Score)
            {
                best = new Pick(article, sentence, coverage, score);
            }
        }

        return best;
    }

    private static string Attribute(string? outlet, string sentence)
    {
        if (string.IsNullOrWhiteSpace(outlet))
        {
            return sentence;
        }

        var first = sentence.Split(' ', 2)[0];
        var lowered = LowerableOpeners.Contains(first) ? char.ToLowerInvariant(sentence[0]) + sentence[1..] : sentence;
        return $"According to {outlet}, {lowered}";
    }

    private static readonly HashSet<string> LowerableOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "It", "He", "She", "They", "This", "That", "These", "Those", "Its", "His", "Her", "Their",
        "Most", "Some", "About", "More", "Supporters", "Officials", "Emergency", "Passengers",
    };

    private sealed record Pick(RetrievedArticle Article, string Sentence, double Coverage, double Score);
}
