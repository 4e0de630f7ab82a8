using NewsBot.Core.Answering;

namespace NewsBot.Core.Summaries;

/// <summary>What a summary request found: one article summarised, several candidates to choose from, or none.</summary>
public sealed record SummaryResult(ArticleSummary? Summary, IReadOnlyList<Citation> Candidates)
{
    /// <summary>True when the reference matched no article.</summary>
    public bool NotFound => Summary is null && Candidates.Count == 0;
}
