using System.Text;
using NewsBot.Core.Answering;
using NewsBot.Discord.Bot.Models;

namespace NewsBot.Discord.Bot;

/// <summary>
/// Answers a question for Discord: asks the answer service, remembers the answer for its buttons, formats it. An
/// answerer that streams (a chat model) has its draft shown as it grows, at most every <see cref="DraftInterval"/>,
/// before the checked answer replaces it.
/// </summary>
internal sealed class QuestionAnswerer(IAnswerService answers, AnswerMemory memory, TimeProvider time)
{
    /// <summary>The least time between two edits showing the draft.</summary>
    public static readonly TimeSpan DraftInterval = TimeSpan.FromSeconds(1.5);

    public Task<(AnsweredQuestion Answered, IReadOnlyList<MessageBody> Messages)> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken) =>
        AnswerAsync(request, null, cancellationToken);

    /// <param name="request">The question.</param>
    /// <param name="showDraft">Shows the draft so far (the deferred reply edited); null when nothing can show it.</param>
    /// <param name="cancellationToken">Stops the answer.</param>
    public async Task<(AnsweredQuestion Answered, IReadOnlyList<MessageBody> Messages)> AnswerAsync(
        AnswerRequest request,
        Func<MessageBody, CancellationToken, Task>? showDraft,
        CancellationToken cancellationToken)
    {
        var draft = new StringBuilder();
        DateTimeOffset? shown = null;
        GroundedAnswer? answer = null;
        await foreach (var update in answers.StreamAsync(request, cancellationToken))
        {
            if (update.Final is { } final)
            {
                answer = final;
                break;
            }

            draft.Append(update.Delta);
            var now = time.GetUtcNow();
            if (showDraft is not null && draft.Length > 0 && (shown is null || now - shown >= DraftInterval))
            {
                shown = now;
                await showDraft(DiscordFormatter.Draft(draft.ToString()), cancellationToken);
            }
        }

        answer ??= await answers.AnswerAsync(request, cancellationToken);
        var answered = new AnsweredQuestion(request.Question, answer);
        var key = memory.Remember(answered);
        return (answered, DiscordFormatter.Answer(answer, key));
    }
}
