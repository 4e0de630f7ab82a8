using NewsBot.Core.Retrieval;
using NewsBot.Core.Text;
using NewsBot.Core.Time;

namespace NewsBot.Core.Answering;

/// <summary>Scores the sentences of retrieved articles by how much of the question they cover and how much they add.</summary>
internal sealed class SentenceScorer
{
    private readonly QuestionKeywords keywords;
    private readonly IReadOnlySet<string> asked;

    private SentenceScorer(QuestionKeywords keywords, IReadOnlySet<string> asked)
    {
        this.keywords = keywords;
        this.asked = asked;
    }

    public static SentenceScorer For(string question, RetrievalResult retrieval)
    {
        var stems = retrieval.Articles.SelectMany(a => a.Passages.SelectMany(p => SentenceSplitter.SplitText(p.Text)))
            .Select(QuestionKeywords.Stems)
            .ToList();
        var keywords = new QuestionKeywords(Terms.Keywords(TemporalParser.Parse(question, retrieval.AskedAt).Remainder), stems);
        return new SentenceScorer(keywords, QuestionKeywords.Stems(question));
    }

    /// <summary>The article's sentences, best first; empty when the question has no keywords.</summary>
    public List<SentenceCandidate> Rank(RetrievedArticle article)
    {
        if (keywords.Count == 0)
        {
            return [];
        }

        var title = QuestionKeywords.Stems(article.Title);
        return article.Passages
            .SelectMany(p => SentenceSplitter.SplitText(p.Text))
            .Distinct(StringComparer.Ordinal)
            .Select(text =>
            {
                var stems = QuestionKeywords.Stems(text);
                var inSentence = keywords.Coverage(stems);
                var withTitle = keywords.Coverage(stems.Union(title).ToHashSet(StringComparer.Ordinal));
                return new SentenceCandidate(article, text, withTitle, inSentence + (0.15 * Novelty(stems)));
            })
            .OrderByDescending(c => c.Score)
            .ToList();
    }

    /// <summary>An answer must tell more than the question: the number, up to twenty, of a sentence's words the question lacks.</summary>
    private double Novelty(IReadOnlySet<string> sentence) =>
        Math.Min(1.0, sentence.Count(w => !asked.Contains(w) && !Terms.IsStopWord(w)) / 20.0);
}
