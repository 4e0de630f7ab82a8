using Microsoft.Extensions.Logging;
using NewsBot.Core.Answering;
using NewsBot.Core.Storage;
using NewsBot.Discord.Bot.Models;

namespace NewsBot.Discord.Bot;

/// <summary>
/// Handles one interaction: answers, defers or refuses within Discord's three seconds, then does the slow part and edits
/// the deferred reply; a failure ends as that reply edited with an error id.
/// </summary>
internal sealed class InteractionHandler(
    DiscordReplies replies,
    QuestionAnswerer answerer,
    QuestionRateLimiter rateLimiter,
    CommandHandlers commands,
    ComponentHandler components,
    TitleIndex titles,
    TimeProvider time,
    ILogger<InteractionHandler> logger)
{
    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var deferred = false;
        try
        {
            switch (interaction.Type)
            {
                case DiscordCodes.PingInteraction:
                    await replies.CallbackAsync(interaction, new InteractionResponse(DiscordCodes.PongCallback), cancellationToken);
                    break;
                case DiscordCodes.AutocompleteInteraction:
                    await AutocompleteAsync(interaction, cancellationToken);
                    break;
                case DiscordCodes.ComponentInteraction:
                    await components.HandleAsync(interaction, cancellationToken);
                    break;
                case DiscordCodes.CommandInteraction when interaction.Data?.Name == CommandDefinitions.Ask:
                    deferred = await AskAsync(interaction, () => deferred = true, cancellationToken);
                    break;
                case DiscordCodes.CommandInteraction:
                    await commands.HandleAsync(interaction, () => deferred = true, cancellationToken);
                    break;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            var errorId = ErrorIds.New();
            BotLog.HandlingFailed(logger, ex, "/" + (interaction.Data?.Name ?? interaction.Data?.CustomId ?? "interaction"), errorId);
            await TellAsync(interaction, deferred, errorId, ex, cancellationToken);
        }
    }

    private async Task<bool> AskAsync(Interaction interaction, Action onDeferred, CancellationToken cancellationToken)
    {
        var question = CommandOptions.String(interaction, "question")?.Trim();
        if (string.IsNullOrEmpty(question))
        {
            await replies.ReplyAsync(interaction, DiscordFormatter.Ephemeral("Ask a question, for example: /ask question: What happened to the Eastfield tram?"), cancellationToken);
            return false;
        }

        if (rateLimiter.TryAcquire(interaction.UserId) is { } wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            BotLog.RateLimited(logger, interaction.UserId, seconds);
            await replies.ReplyAsync(interaction, DiscordFormatter.Ephemeral($"You can ask again in {seconds} seconds."), cancellationToken);
            return false;
        }

        var now = time.GetUtcNow();
        DateTimeOffset? from = null;
        if (CommandOptions.String(interaction, "since") is { } since)
        {
            if (!SinceParser.TryParse(since, now, out var parsed))
            {
                await replies.ReplyAsync(interaction, DiscordFormatter.Ephemeral("`since` must be a date like 2026-11-20, or day, week or month."), cancellationToken);
                return false;
            }

            from = parsed;
        }

        // The deferral goes first: the token then lives 15 minutes, however long the answer takes.
        await replies.DeferAsync(interaction, ephemeral: false, cancellationToken);
        onDeferred();
        var outlets = CommandOptions.String(interaction, "source") is { Length: > 0 } source ? new[] { source.Trim() } : [];
        var request = new AnswerRequest(question) { AskedAt = now, Filter = new SearchFilter { Outlets = outlets, From = from } };
        var (_, messages) = await answerer.AnswerAsync(request, (draft, token) => replies.EditOriginalAsync(interaction, draft, token), cancellationToken);
        await replies.EditOriginalAsync(interaction, messages[0], cancellationToken);
        foreach (var more in messages.Skip(1))
        {
            await replies.FollowUpAsync(interaction, more, cancellationToken);
        }

        return true;
    }

    private async Task AutocompleteAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var typed = interaction.Data?.Options?.FirstOrDefault(o => o.Focused == true)?.Value?.ToString() ?? string.Empty;
        var choices = await titles.SuggestAsync(typed, cancellationToken);
        await replies.CallbackAsync(interaction, new InteractionResponse(DiscordCodes.AutocompleteCallback, new AutocompleteResult(choices)), cancellationToken);
    }

    private async Task TellAsync(Interaction interaction, bool deferred, string errorId, Exception cause, CancellationToken cancellationToken)
    {
        try
        {
            if (deferred)
            {
                await replies.EditOriginalAsync(interaction, DiscordFormatter.Error(errorId, cause), cancellationToken);
            }
            else if (interaction.Type != DiscordCodes.AutocompleteInteraction)
            {
                await replies.ReplyAsync(interaction, DiscordFormatter.Error(errorId, cause) with { Flags = DiscordCodes.EphemeralFlag }, cancellationToken);
            }
        }
        catch (Exception ex)
        {
            BotLog.ErrorReplyFailed(logger, ex, errorId);
        }
    }
}
