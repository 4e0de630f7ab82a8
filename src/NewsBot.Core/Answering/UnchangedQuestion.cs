namespace NewsBot.Core.Answering;

/// <summary>The condenser without a language model: the follow-up is asked as it is.</summary>
internal sealed class UnchangedQuestion : IQuestionCondenser
{
    public Task<string> CondenseAsync(IReadOnlyList<ConversationTurn> history, string followUp, CancellationToken cancellationToken) =>
        Task.FromResult(followUp);
}
