using NewsBot.Cli;
using NewsBot.Core.Answering;
using NewsBot.Core.Retrieval;

namespace NewsBot.Evaluation;

/// <summary>Replays each question at its own ask-time and scores where its evidence articles rank.</summary>
internal sealed class EvalRunner(IRetriever retriever, IAnswerService answers)
{
    public async Task<EvalReport> RunAsync(IReadOnlyList<EvalQuestion> questions, int k, int articles, CancellationToken cancellationToken)
    {
        var depth = Math.Max(k, 10);
        int scored = 0, at1 = 0, at4 = 0, at10 = 0, atK = 0;
        double reciprocal = 0;
        var misses = new List<EvalMiss>();
        var answerMetrics = new AnswerMetrics();
        foreach (var question in questions)
        {
            var askedAt = question.QuestionDate is { } date ? Moments.Parse(date) : null;
            if (!string.IsNullOrWhiteSpace(question.Answer))
            {
                var answer = await answers.AnswerAsync(new AnswerRequest(question.Question!) { AskedAt = askedAt }, cancellationToken);
                answerMetrics.Add(answer, question.Answer, question.EvidenceArticleIds ?? []);
            }

            if (question.EvidenceArticleIds is not { Count: > 0 } evidence)
            {
                continue;
            }

            var result = await retriever.RetrieveAsync(
                new RetrievalRequest(question.Question!) { AskedAt = askedAt, MaxArticles = depth },
                cancellationToken);
            var rank = 1 + result.Articles.ToList().FindIndex(a => evidence.Contains(a.ArticleId));
            scored++;
            at1 += rank == 1 ? 1 : 0;
            at4 += rank is >= 1 and <= 4 ? 1 : 0;
            at10 += rank is >= 1 and <= 10 ? 1 : 0;
            atK += rank >= 1 && rank <= k ? 1 : 0;
            reciprocal += rank is >= 1 and <= 10 ? 1.0 / rank : 0;
            if (rank != 1)
            {
                misses.Add(new EvalMiss(question.Id ?? question.Question!, rank, result.Articles.FirstOrDefault()?.ArticleId));
            }
        }

        double Share(double n) => scored == 0 ? 0 : Math.Round(n / scored, 4);
        return new EvalReport(scored, k, Share(at1), Share(at4), Share(at10), Share(reciprocal), Share(atK), articles, misses)
        {
            AnswerContainsGold = answerMetrics.AnswerContainsGold,
            CitationHit = answerMetrics.CitationHit,
            CitationPrecision = answerMetrics.CitationPrecision,
            DeclineRate = answerMetrics.DeclineRate,
        };
    }
}
