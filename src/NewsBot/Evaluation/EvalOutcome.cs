using NewsBot.Core.Answering;

namespace NewsBot.Evaluation;

/// <summary>What happened to one question: its answer, where its evidence ranked and how the answer compares with the gold.</summary>
/// <param name="Question">The question as read from the file.</param>
/// <param name="Answer">The answer given at the question's ask-time.</param>
/// <param name="EvidenceRank">Rank of the first evidence article (1-based, 0 when outside the depth searched); null without evidence ids.</param>
/// <param name="FirstArticle">The article ranked first, when any.</param>
/// <param name="ContainsGold">Whether the answer text holds the normalised gold answer; null without a gold answer.</param>
/// <param name="Supported">Whether a cited article's text holds the normalised gold answer; null without a gold answer or when declined.</param>
/// <param name="Words">The answer's word count, <c>[n]</c> markers left out.</param>
internal sealed record EvalOutcome(
    EvalQuestion Question,
    GroundedAnswer Answer,
    int? EvidenceRank,
    string? FirstArticle,
    bool? ContainsGold,
    bool? Supported,
    int Words);
