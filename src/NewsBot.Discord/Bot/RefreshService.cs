using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Discord.Bot;

/// <summary>
/// Re-indexes the configured sources every <see cref="DiscordOptions.RefreshInterval"/> (± 10 % so several bots do not
/// refresh in step), on <see cref="TimeProvider"/>; a run skipped because <c>/reindex</c> is going waits for the next turn.
/// </summary>
internal sealed class RefreshService(
    SourceRefresher refresher,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<RefreshService> logger,
    Random? random = null) : BackgroundService
{
    private readonly Random jitter = random ?? Random.Shared;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (refresher.Sources.Count == 0)
        {
            BotLog.NoSourcesToRefresh(logger);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(NextDelay(), time, stoppingToken);
                await RefreshOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                BotLog.RefreshFailed(logger, ex);
            }
        }
    }

    /// <summary>One refresh now; used by the loop and by tests.</summary>
    public async Task RefreshOnceAsync(CancellationToken cancellationToken)
    {
        var outcome = await refresher.RunAsync(null, null, cancellationToken);
        if (outcome.Report is { } report)
        {
            BotLog.Refreshed(logger, report.Added, report.Updated, report.Unchanged, report.Removed, report.Failures.Count, report.Stopped);
        }
        else
        {
            BotLog.RefreshSkipped(logger, outcome.BusyElsewhere ?? "a /reindex in this bot");
        }
    }

    internal TimeSpan NextDelay()
    {
        var interval = options.Value.RefreshInterval;
        var factor = 0.9 + (jitter.NextDouble() * 0.2);
        return interval * factor;
    }
}
