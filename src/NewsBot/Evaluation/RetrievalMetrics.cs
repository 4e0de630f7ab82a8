namespace NewsBot.Evaluation;

/// <summary>Accumulates article-level retrieval metrics over the questions that name evidence articles.</summary>
internal sealed class RetrievalMetrics(int k)
{
    private readonly List<EvalMiss> misses = [];
    private int scored;
    private int at1;
    private int at4;
    private int at10;
    private int atK;
    private double reciprocal;

    public void Add(EvalOutcome outcome)
    {
        if (outcome.EvidenceRank is not { } rank)
        {
            return;
        }

        scored++;
        at1 += rank == 1 ? 1 : 0;
        at4 += rank is >= 1 and <= 4 ? 1 : 0;
        at10 += rank is >= 1 and <= 10 ? 1 : 0;
        atK += rank >= 1 && rank <= k ? 1 : 0;
        reciprocal += rank is >= 1 and <= 10 ? 1.0 / rank : 0;
        if (rank != 1)
        {
            misses.Add(new EvalMiss(outcome.Question.Id ?? outcome.Question.Question!, rank, outcome.FirstArticle));
        }
    }

    /// <summary>Questions scored for retrieval.</summary>
    public int Scored => scored;

    public double? HitsAt1 => Share(at1);

    public double? HitsAt4 => Share(at4);

    public double? HitsAt10 => Share(at10);

    public double? HitsAtK => Share(atK);

    public double? MrrAt10 => Share(reciprocal);

    public IReadOnlyList<EvalMiss> Misses => misses;

    private double? Share(double n) => scored == 0 ? null : Math.Round(n / scored, 4);
}
