using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Core.Summaries;
using NewsBot.Discord.Bot.Models;

namespace NewsBot.Discord.Bot;

/// <summary><c>/summarize</c>, <c>/sources</c>, <c>/reindex</c> and <c>/help</c>.</summary>
internal sealed class CommandHandlers(
    DiscordReplies replies,
    IArticleSummarizer summarizer,
    IChunkStore store,
    ReindexCommand reindex,
    SourceRefresher refresher,
    ReindexGate gate,
    IOptions<DiscordOptions> options,
    ILogger<CommandHandlers> logger)
{
    public async Task HandleAsync(Interaction interaction, Action onDeferred, CancellationToken cancellationToken)
    {
        switch (interaction.Data?.Name)
        {
            case CommandDefinitions.Summarize:
                await SummarizeAsync(interaction, onDeferred, cancellationToken);
                break;
            case CommandDefinitions.Sources:
                await replies.DeferAsync(interaction, ephemeral: false, cancellationToken);
                onDeferred();
                await replies.EditOriginalAsync(interaction, await SourcesAsync(cancellationToken), cancellationToken);
                break;
            case CommandDefinitions.Reindex:
                var decision = AdminCheck.Decide(interaction, options.Value.AdminRoleIds);
                if (decision != AdminDecision.Allowed)
                {
                    BotLog.AdminRefused(logger, interaction.UserId, CommandDefinitions.Reindex, interaction.GuildId ?? "none (DM)", decision);
                    var why = decision == AdminDecision.NotInGuild
                        ? "/reindex works in a server, not in DMs."
                        : "/reindex needs the Manage Server permission or one of the bot's admin roles.";
                    await replies.ReplyAsync(interaction, DiscordFormatter.Ephemeral(why), cancellationToken);
                    return;
                }

                BotLog.AdminAction(logger, interaction.UserId, CommandDefinitions.Reindex, interaction.GuildId!);
                await reindex.RunAsync(interaction, onDeferred, cancellationToken);
                break;
            case CommandDefinitions.Help:
                await replies.ReplyAsync(interaction, NoticeFormatter.Help(), cancellationToken);
                break;
            default:
                await replies.ReplyAsync(interaction, DiscordFormatter.Ephemeral("I do not know that command; try /help."), cancellationToken);
                break;
        }
    }

    private async Task SummarizeAsync(Interaction interaction, Action onDeferred, CancellationToken cancellationToken)
    {
        var reference = CommandOptions.String(interaction, "article")?.Trim();
        if (string.IsNullOrEmpty(reference))
        {
            await replies.ReplyAsync(interaction, DiscordFormatter.Ephemeral("Name an article: start typing its title and pick it."), cancellationToken);
            return;
        }

        await replies.DeferAsync(interaction, ephemeral: false, cancellationToken);
        onDeferred();
        var result = await summarizer.SummarizeAsync(reference, cancellationToken);
        var body = result switch
        {
            { Summary: { } summary } => NoticeFormatter.Summary(summary),
            { NotFound: true } => DiscordFormatter.Plain("No indexed article matches that; start typing a title and pick one of the suggestions."),
            _ => NoticeFormatter.Candidates(result.Candidates),
        };
        await replies.EditOriginalAsync(interaction, body, cancellationToken);
    }

    private async Task<MessageBody> SourcesAsync(CancellationToken cancellationToken)
    {
        var headings = await store.ListHeadingsAsync(cancellationToken);
        var counts = headings.GroupBy(h => h.SourceKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var sources = refresher.Sources
            .Select(s => new SourceStatus(s, counts.Where(c => SameSource(c.Key, s)).Sum(c => c.Value)))
            .ToList();
        return NoticeFormatter.Sources(sources, gate.LastFinished);
    }

    /// <summary>A stored source key names the configured location, possibly as a full path.</summary>
    private static bool SameSource(string key, string configured) =>
        string.Equals(key, configured, StringComparison.OrdinalIgnoreCase)
        || key.EndsWith("/" + configured.Trim('/'), StringComparison.OrdinalIgnoreCase)
        || key.EndsWith("/" + configured.Trim('/') + "/", StringComparison.OrdinalIgnoreCase);
}
