using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using NewsBot.Answers.SemanticKernel.Prompts;
using NewsBot.Core.Answering;
using NewsBot.Core.Text;

namespace NewsBot.Answers.SemanticKernel;

/// <summary>Rewrites a follow-up into a standalone question with the <c>condense</c> prompt; on any failure the follow-up is asked as it is.</summary>
internal sealed class ChatCondenser(
    ChatModel model,
    PromptSet prompts,
    ITokenCounter tokens,
    IOptions<ChatOptions> options,
    ChatMetrics metrics,
    TimeProvider time,
    ILogger<ChatCondenser> logger) : IQuestionCondenser
{
    public async Task<string> CondenseAsync(IReadOnlyList<ConversationTurn> history, string followUp, CancellationToken cancellationToken)
    {
        if (history.Count == 0)
        {
            return followUp;
        }

        var lines = new StringBuilder();
        foreach (var turn in history)
        {
            lines.Append("Question: ").AppendLine(turn.Question).Append("Answer: ").AppendLine(turn.Answer);
        }

        using var limit = new Deadline(TimeSpan.FromSeconds(options.Value.TimeoutSeconds), time, cancellationToken);
        try
        {
            var reply = await model.CompleteAsync(prompts.Condense, new KernelArguments { ["history"] = lines.ToString(), ["question"] = followUp }, limit.Token);
            var promptTokens = reply.PromptTokens ?? tokens.Count(lines.ToString());
            var completionTokens = reply.CompletionTokens ?? tokens.Count(reply.Text);
            Log.Usage(logger, "condense", promptTokens, completionTokens, 0, 0);
            metrics.Used("condense", promptTokens, completionTokens);
            var question = reply.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            return string.IsNullOrWhiteSpace(question) ? followUp : question;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The model is an outside system: the follow-up as asked is still a question.
            Log.ModelFailed(logger, limit.Expired ? "timeout" : ex.GetType().Name);
            return followUp;
        }
    }
}
