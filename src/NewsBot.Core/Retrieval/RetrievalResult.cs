using NewsBot.Core.Time;

namespace NewsBot.Core.Retrieval;

/// <summary>The articles found for a question, best first, and the time frame the question was read in.</summary>
public sealed record RetrievalResult(
    string Question,
    DateTimeOffset AskedAt,
    TimeWindow? Window,
    IReadOnlyList<RetrievedArticle> Articles);
