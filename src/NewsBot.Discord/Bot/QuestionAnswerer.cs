using NewsBot.Core.Answering;
using NewsBot.Discord.Bot.Models;

namespace NewsBot.Discord.Bot;

/// <summary>Answers a question for Discord: asks the answer service, remembers the answer for its buttons, formats it.</summary>
internal sealed class QuestionAnswerer(IAnswerService answers, AnswerMemory memory)
{
    public async Task<(AnsweredQuestion Answered, IReadOnlyList<MessageBody> Messages)> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        var answer = await answers.AnswerAsync(request, cancellationToken);
        var answered = new AnsweredQuestion(request.Question, answer);
        var key = memory.Remember(answered);
        return (answered, DiscordFormatter.Answer(answer, key));
    }
}
