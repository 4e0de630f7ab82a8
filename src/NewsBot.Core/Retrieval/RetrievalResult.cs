using NewsBot.Core.Time;

namespace NewsBot.Core.Retrieval;

/// <summary>The articles found for a question, best first, and the time frame the question was read in.</summary>
public sealed record RetrievalResult(
    string Question,
    DateTimeOffset AskedAt,
    TimeWindow? Window,
    IReadOnlyList<RetrievedArticle> Articles)
{
    /// <summary>The question as searched: without its time phrase, misspellings corrected.</summary>
    public string SearchText { get; init; } = Question;

    /// <summary>The question's keywords as searched, misspellings corrected.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Keywords that no indexed article holds, even after correction.</summary>
    public IReadOnlyList<string> Unknown { get; init; } = [];

    /// <summary>Misspelt question words and the indexed words they were read as.</summary>
    public IReadOnlyDictionary<string, string> Corrections { get; init; } = new Dictionary<string, string>();
}
