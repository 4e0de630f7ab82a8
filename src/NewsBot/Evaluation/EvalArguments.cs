namespace NewsBot.Evaluation;

/// <summary>What <c>newsbot eval</c> was asked to do.</summary>
/// <param name="Corpus">Folder of articles to index.</param>
/// <param name="QuestionsPath">JSON-lines questions file.</param>
/// <param name="K">Also report hits@k for this k.</param>
/// <param name="Json">Print one JSON object instead of a table.</param>
internal sealed record EvalArguments(string Corpus, string QuestionsPath, int K, bool Json)
{
    /// <summary>Where to write one JSON line per question; null for none.</summary>
    public string? DetailsPath { get; init; }
}
