using System.CommandLine;

namespace NewsBot.Cli;

/// <summary><c>newsbot serve</c>: runs the Discord bot and the refresh service until Ctrl+C or SIGTERM, then exits 0.</summary>
internal static class ServeCommand
{
    /// <summary>The override that makes <see cref="Program.BuildHost"/> add the Discord services; other verbs never need a token.</summary>
    public const string DiscordSetting = "NewsBot:Serve:Discord";

    public static Command Define(VerbRunner runVerb)
    {
        var command = new Command("serve", "Run the Discord bot (and refresh the sources) until stopped with Ctrl+C or SIGTERM.");
        command.SetAction((_, _) => runVerb(
            new Dictionary<string, string?> { [DiscordSetting] = "true" },
            (_, output, _, token) => RunAsync(output, token)));
        return command;
    }

    /// <summary>The host's services (gateway, refresh) already run; this waits for the stop signal.</summary>
    private static async Task<int> RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync("NewsBot is serving Discord; press Ctrl+C to stop.");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }

        await output.WriteLineAsync("Stopped.");
        return ExitCodes.Success;
    }
}
