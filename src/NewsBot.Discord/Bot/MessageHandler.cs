using Microsoft.Extensions.Logging;
using NewsBot.Core.Answering;
using NewsBot.Discord.Bot.Models;

namespace NewsBot.Discord.Bot;

/// <summary>
/// Answers a message that mentions the bot, or any DM, as a reply to it. A reply to one of the bot's answers is a
/// follow-up: it is made standalone before retrieval, by the configured condenser (a chat model's <c>condense</c>
/// prompt) when it rewrites it, else with the earlier question's names.
/// </summary>
internal sealed class MessageHandler(
    DiscordReplies replies,
    QuestionAnswerer answerer,
    QuestionRateLimiter rateLimiter,
    AnswerMemory memory,
    BotIdentity identity,
    TimeProvider time,
    IEnumerable<IQuestionCondenser> condensers,
    ILogger<MessageHandler> logger)
{
    /// <summary>Whether the bot should answer <paramref name="message"/>.</summary>
    public bool Wants(DiscordMessage message) =>
        message.Author.Bot != true
        && message.Author.Id != identity.UserId
        && !string.IsNullOrWhiteSpace(message.Content)
        && (message.GuildId is null || message.Mentions?.Any(m => m.Id == identity.UserId) == true || RepliesToBot(message));

    public async Task HandleAsync(DiscordMessage message, CancellationToken cancellationToken)
    {
        var reply = new MessageReference(message.Id, message.ChannelId, message.GuildId, FailIfNotExists: false);
        try
        {
            if (rateLimiter.TryAcquire(message.Author.Id) is { } wait)
            {
                var seconds = (int)Math.Ceiling(wait.TotalSeconds);
                BotLog.RateLimited(logger, message.Author.Id, seconds);
                await replies.SendAsync(message.ChannelId, DiscordFormatter.Plain($"You can ask again in {seconds} seconds.") with { MessageReference = reply }, cancellationToken);
                return;
            }

            var question = WithoutMentions(message.Content!);
            if (message.ReferencedMessage?.Id is { } earlierId && memory.ByMessage(earlierId) is { } earlier)
            {
                question = await StandaloneAsync(question, earlier, cancellationToken);
            }

            var (answered, messages) = await answerer.AnswerAsync(new AnswerRequest(question) { AskedAt = time.GetUtcNow() }, cancellationToken);
            for (var i = 0; i < messages.Count; i++)
            {
                var sentId = await replies.SendAsync(message.ChannelId, messages[i] with { MessageReference = i == 0 ? reply : null }, cancellationToken);
                if (sentId is not null)
                {
                    memory.RememberMessage(sentId, answered);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            var errorId = ErrorIds.New();
            BotLog.HandlingFailed(logger, ex, "a message", errorId);
            try
            {
                await replies.SendAsync(message.ChannelId, DiscordFormatter.Error(errorId, ex) with { MessageReference = reply }, cancellationToken);
            }
            catch (Exception inner)
            {
                BotLog.ErrorReplyFailed(logger, inner, errorId);
            }
        }
    }

    private bool RepliesToBot(DiscordMessage message) => message.ReferencedMessage?.Author.Id is { } author && author == identity.UserId;

    /// <summary>The question without the bot's own mention (<c>&lt;@id&gt;</c> or <c>&lt;@!id&gt;</c>).</summary>
    private string WithoutMentions(string content) => identity.UserId is null
        ? content.Trim()
        : content.Replace($"<@{identity.UserId}>", " ", StringComparison.Ordinal).Replace($"<@!{identity.UserId}>", " ", StringComparison.Ordinal).Trim();

    private async Task<string> StandaloneAsync(string followUp, AnsweredQuestion earlier, CancellationToken cancellationToken)
    {
        var rewritten = condensers.LastOrDefault() is { } condenser
            ? await condenser.CondenseAsync([new ConversationTurn(earlier.Question, earlier.Answer.Text)], followUp, cancellationToken)
            : followUp;
        return string.Equals(rewritten.Trim(), followUp.Trim(), StringComparison.Ordinal) ? FollowUp.Condense(followUp, earlier.Question) : rewritten;
    }
}
