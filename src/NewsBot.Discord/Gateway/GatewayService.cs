using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// Runs the <see cref="GatewayClient"/> while the host runs. A fatal refusal (bad token, refused intent) is logged with
/// what to fix, recorded in <see cref="ServeOutcome"/>, and stops the host.
/// </summary>
internal sealed class GatewayService(
    GatewayClient client,
    ServeOutcome outcome,
    IHostApplicationLifetime lifetime,
    ILogger<GatewayService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await client.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl+C or SIGTERM: the socket was closed with 1000.
        }
        catch (DiscordFatalException exception)
        {
            Log.GatewayFatal(logger, exception.Message);
            outcome.Fail(ServeOutcome.BadSettings, exception.Message);
            lifetime.StopApplication();
        }
        catch (Exception exception)
        {
            Log.GatewayCrashed(logger, exception);
            outcome.Fail(ServeOutcome.Failed, $"The Discord gateway failed: {exception.Message}");
            lifetime.StopApplication();
        }
    }
}
