using NewsBot.Core.Answering;

namespace NewsBot.Discord.Tests.Bot;

/// <summary>Rewrites every follow-up into one fixed question, as a chat model's condense prompt would, and records its calls.</summary>
internal sealed class RewritingCondenser(string standalone) : IQuestionCondenser
{
    public List<(IReadOnlyList<ConversationTurn> History, string FollowUp)> Calls { get; } = [];

    public Task<string> CondenseAsync(IReadOnlyList<ConversationTurn> history, string followUp, CancellationToken cancellationToken)
    {
        Calls.Add((history, followUp));
        return Task.FromResult(standalone);
    }
}
