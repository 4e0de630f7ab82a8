namespace NewsBot.Core.Answering;

/// <summary>Rewrites a follow-up ("and how much did it cost?") into a question that stands on its own.</summary>
public interface IQuestionCondenser
{
    /// <summary>The follow-up as a standalone question; the follow-up itself when there is no history or nothing to add.</summary>
    Task<string> CondenseAsync(IReadOnlyList<ConversationTurn> history, string followUp, CancellationToken cancellationToken);
}
