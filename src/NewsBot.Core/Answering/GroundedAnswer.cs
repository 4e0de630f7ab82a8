namespace NewsBot.Core.Answering;

/// <summary>
/// An answer as data: its text with <c>[n]</c> markers, the citations those numbers point to (only cited
/// articles, numbered from 1), the passages used, whether it declined, and when the question was asked.
/// </summary>
public sealed record GroundedAnswer(
    string Question,
    DateTimeOffset AskedAt,
    string Text,
    bool Declined,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<UsedPassage> Passages)
{
    /// <summary>When the answer declined: up to three articles that touch the question without answering it, nearest first.</summary>
    public IReadOnlyList<NearbyArticle> Nearest { get; init; } = [];

    /// <summary>A word on how the answer was made when that is not the usual way, e.g. why a generated answer was set aside; null otherwise.</summary>
    public string? Note { get; init; }
}
