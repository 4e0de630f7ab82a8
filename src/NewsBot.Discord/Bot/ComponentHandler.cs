using Microsoft.Extensions.Logging;
using NewsBot.Core.Storage;
using NewsBot.Discord.Bot.Models;

namespace NewsBot.Discord.Bot;

/// <summary>The buttons under an answer: "Show passages" (an ephemeral list of the cited passages) and 👍/👎 (kept as feedback).</summary>
internal sealed class ComponentHandler(
    DiscordReplies replies,
    AnswerMemory memory,
    IChunkStore store,
    IFeedbackStore feedback,
    TimeProvider time,
    ILogger<ComponentHandler> logger)
{
    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var id = interaction.Data?.CustomId ?? string.Empty;
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        var answered = colon < 0 ? null : memory.ByKey(id[(colon + 1)..]);
        if (answered is null)
        {
            await replies.ReplyAsync(interaction, DiscordFormatter.Ephemeral("That answer is too old for its buttons now; ask again."), cancellationToken);
            return;
        }

        if (id.StartsWith(DiscordFormatter.PassagesButton, StringComparison.Ordinal))
        {
            await replies.DeferAsync(interaction, ephemeral: true, cancellationToken);
            var passages = await CitedPassagesAsync(answered, cancellationToken);
            await replies.EditOriginalAsync(interaction, DiscordFormatter.Passages(passages), cancellationToken);
            return;
        }

        var helpful = id.StartsWith(DiscordFormatter.HelpfulButton, StringComparison.Ordinal);
        try
        {
            await feedback.AddAsync(
                new Feedback(time.GetUtcNow(), interaction.UserId, interaction.GuildId, answered.Question, answered.Answer.Text, helpful,
                    [.. answered.Answer.Citations.Select(c => c.ArticleId)]),
                cancellationToken);
        }
        catch (IOException ex)
        {
            BotLog.FeedbackFailed(logger, ex);
        }

        await replies.ReplyAsync(interaction, DiscordFormatter.Ephemeral(helpful ? "Thanks, noted: helpful." : "Thanks, noted: not helpful."), cancellationToken);
    }

    private async Task<IReadOnlyList<CitedPassage>> CitedPassagesAsync(AnsweredQuestion answered, CancellationToken cancellationToken)
    {
        var passages = new List<CitedPassage>();
        foreach (var citation in answered.Answer.Citations)
        {
            var used = answered.Answer.Passages.Where(p => p.ArticleId == citation.ArticleId).Select(p => p.ChunkId).ToHashSet(StringComparer.Ordinal);
            if (used.Count == 0)
            {
                continue;
            }

            var chunks = await store.GetChunksAsync(citation.ArticleId, cancellationToken);
            passages.AddRange(chunks.Where(c => used.Contains(c.ChunkId)).Select(c => new CitedPassage(citation.Number, citation.Title, c.Text)));
        }

        return passages;
    }
}
