using NewsBot.Cli;
using NewsBot.Core.Answering;
using NewsBot.Core.Retrieval;
using NewsBot.Core.Storage;

namespace NewsBot.Evaluation;

/// <summary>
/// Replays each question at its own ask-time: answers it, scores where its evidence articles rank, and compares the
/// answer with the gold answer and with the text of the articles it cites.
/// </summary>
internal sealed class EvalRunner(IRetriever retriever, IAnswerService answers, IChunkStore store)
{
    /// <summary>Runs every question; writes one <see cref="EvalDetailsLine"/> per question to <paramref name="details"/> when given.</summary>
    public async Task<EvalReport> RunAsync(IReadOnlyList<EvalQuestion> questions, int k, int articles, TextWriter? details, CancellationToken cancellationToken)
    {
        var depth = Math.Max(k, 10);
        var texts = new ArticleTexts(store);
        var retrieval = new RetrievalMetrics(k);
        var answerMetrics = new AnswerMetrics();
        foreach (var question in questions)
        {
            var askedAt = question.QuestionDate is { } date ? Moments.Parse(date) : null;
            var answer = await answers.AnswerAsync(new AnswerRequest(question.Question!) { AskedAt = askedAt }, cancellationToken);
            var (rank, first) = await RankAsync(question, answer, depth, cancellationToken);
            var gold = question.Gold;
            var outcome = new EvalOutcome(
                question,
                answer,
                rank,
                first,
                gold is null ? null : AnswerMetrics.Holds(answer.Text, gold),
                gold is null || answer.Declined ? null : await texts.AnyContainsAsync(answer.Citations.Select(c => c.ArticleId), gold, cancellationToken),
                AnswerWords.Count(answer.Text));
            retrieval.Add(outcome);
            answerMetrics.Add(outcome);
            if (details is not null)
            {
                await details.WriteLineAsync(EvalDetailsLine.Format(outcome).AsMemory(), cancellationToken);
            }
        }

        return new EvalReport(questions.Count, k, retrieval.HitsAt1, retrieval.HitsAt4, retrieval.HitsAt10, retrieval.MrrAt10, retrieval.HitsAtK, articles, retrieval.Misses)
        {
            RetrievalQuestions = retrieval.Scored,
            AnswerQuestions = answerMetrics.WithGold,
            UnanswerableQuestions = answerMetrics.Unanswerable,
            AnswerContainsGold = answerMetrics.AnswerContainsGold,
            CitationSupport = answerMetrics.CitationSupport,
            CitationHit = answerMetrics.CitationHit,
            CitationPrecision = answerMetrics.CitationPrecision,
            DeclineRate = answerMetrics.DeclineRate,
            DeclinedRight = answerMetrics.DeclinedRight,
            MeanWords = answerMetrics.MeanWords,
        };
    }

    /// <summary>
    /// Where the question's first evidence article ranks (0 when not within <paramref name="depth"/>), and the article
    /// ranked first. The answer's passages list retrieval's leading articles best first, so an evidence article found
    /// among them is ranked without retrieving again; otherwise retrieval runs to the full depth.
    /// </summary>
    private async Task<(int? Rank, string? First)> RankAsync(EvalQuestion question, GroundedAnswer answer, int depth, CancellationToken cancellationToken)
    {
        var evidence = question.Evidence;
        if (evidence.Count == 0)
        {
            return (null, null);
        }

        var leading = answer.Passages.Select(p => p.ArticleId).Distinct(StringComparer.Ordinal).Take(depth).ToList();
        var index = leading.FindIndex(evidence.Contains);
        if (index >= 0)
        {
            return (index + 1, leading[0]);
        }

        var result = await retriever.RetrieveAsync(
            new RetrievalRequest(question.Question!) { AskedAt = answer.AskedAt, MaxArticles = depth },
            cancellationToken);
        var ranked = result.Articles.Select(a => a.ArticleId).ToList();
        return (1 + ranked.FindIndex(evidence.Contains), ranked.FirstOrDefault());
    }
}
