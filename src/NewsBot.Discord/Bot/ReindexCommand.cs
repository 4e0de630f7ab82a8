using NewsBot.Core.Indexing;
using NewsBot.Discord.Bot.Models;

namespace NewsBot.Discord.Bot;

/// <summary>
/// <c>/reindex [source]</c> for an admin: one at a time (a second request is told how far the running one is); the
/// deferred reply is edited with progress at most every two seconds, and at the end with the report.
/// </summary>
internal sealed class ReindexCommand(DiscordReplies replies, SourceRefresher refresher, ReindexGate gate, TimeProvider time)
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(2);

    public async Task RunAsync(Interaction interaction, Action onDeferred, CancellationToken cancellationToken)
    {
        if (gate.Running is { } running)
        {
            await replies.ReplyAsync(interaction, NoticeFormatter.AlreadyRunning(running), cancellationToken);
            return;
        }

        var source = CommandOptions.String(interaction, "source")?.Trim();
        if (!string.IsNullOrEmpty(source) && !refresher.Sources.Contains(source, StringComparer.OrdinalIgnoreCase))
        {
            await replies.ReplyAsync(interaction, DiscordFormatter.Ephemeral($"'{source}' is not a configured source; /sources lists them."), cancellationToken);
            return;
        }

        if (refresher.Sources.Count == 0)
        {
            await replies.ReplyAsync(interaction, DiscordFormatter.Ephemeral("No sources are configured (NewsBot:Sources)."), cancellationToken);
            return;
        }

        await replies.DeferAsync(interaction, ephemeral: false, cancellationToken);
        onDeferred();
        await replies.EditOriginalAsync(interaction, DiscordFormatter.Plain("Re-indexing…"), cancellationToken);

        var lastEdit = time.GetUtcNow();
        Task edits = Task.CompletedTask;
        void Progress(ReindexProgress status)
        {
            var now = time.GetUtcNow();
            if (now - lastEdit >= ProgressEvery && edits.IsCompleted)
            {
                lastEdit = now;
                edits = replies.EditOriginalAsync(interaction, NoticeFormatter.ReindexProgress(status), cancellationToken);
            }
        }

        var outcome = await refresher.RunAsync(string.IsNullOrEmpty(source) ? null : source, Progress, cancellationToken);
        await edits;
        var body = outcome switch
        {
            { Report: { } report } => NoticeFormatter.ReindexReport(report),
            { Busy: { } busy } => NoticeFormatter.AlreadyRunning(busy) with { Flags = null },
            _ => DiscordFormatter.Plain($"Another index run is writing to {outcome.BusyElsewhere}; try again when it has finished."),
        };
        await replies.EditOriginalAsync(interaction, body, cancellationToken);
    }
}
