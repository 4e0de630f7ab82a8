using NewsBot.Core.Storage;

namespace NewsBot.Core.Answering;

/// <summary>A question to answer, optionally restricted and replayed at a given moment.</summary>
public sealed record AnswerRequest(string Question)
{
    /// <summary>When the question is asked; null means now.</summary>
    public DateTimeOffset? AskedAt { get; init; }

    /// <summary>Restrictions by outlet and date.</summary>
    public SearchFilter Filter { get; init; } = SearchFilter.None;
}
