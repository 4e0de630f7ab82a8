using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Discord.Gateway;

namespace NewsBot.Cli;

/// <summary>
/// <c>newsbot serve</c>: runs the Discord bot and the refresh service until Ctrl+C or SIGTERM (exit 0), or until the
/// gateway stops the bot with something to fix, such as a rejected token (its sentence, and exit 2).
/// </summary>
internal static class ServeCommand
{
    /// <summary>The override that makes <see cref="Program.BuildHost"/> add the Discord services; other verbs never need a token.</summary>
    public const string DiscordSetting = "NewsBot:Serve:Discord";

    public static Command Define(VerbRunner runVerb)
    {
        var command = new Command("serve", "Run the Discord bot (and refresh the sources) until stopped with Ctrl+C or SIGTERM.");
        command.SetAction((_, _) => runVerb(
            new Dictionary<string, string?> { [DiscordSetting] = "true" },
            (services, output, error, token) => RunAsync(services, output, error, token)));
        return command;
    }

    /// <summary>The host's services (gateway, refresh) already run; this waits for the stop signal or for the host to stop itself.</summary>
    private static async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync("NewsBot is serving Discord; press Ctrl+C to stop.");
        var stopping = services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, either.Token);
        }
        catch (OperationCanceledException) when (either.IsCancellationRequested)
        {
        }

        var outcome = services.GetRequiredService<ServeOutcome>();
        if (outcome.Failure is { } failure)
        {
            await error.WriteLineAsync(failure);
            return outcome.ExitCode;
        }

        await output.WriteLineAsync("Stopped.");
        return ExitCodes.Success;
    }
}
