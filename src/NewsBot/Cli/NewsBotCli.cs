using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Ingestion.Embedding;

namespace NewsBot.Cli;

/// <summary>The verbs of <c>newsbot</c>; each builds the host, checks the settings, runs, and turns known failures into one clear message.</summary>
internal static class NewsBotCli
{
    public static async Task<int> RunAsync(
        string[] args,
        Func<IReadOnlyDictionary<string, string?>, IHost> buildHost,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        var root = new RootCommand("NewsBot: index news articles and answer questions about them with citations.");
        VerbRunner runVerb = (overrides, run) => RunVerbAsync(overrides, run, buildHost, output, error, cancellationToken);
        root.Subcommands.Add(AskCommand.Define(runVerb));
        root.Subcommands.Add(SummarizeCommand.Define(runVerb));
        root.Subcommands.Add(IndexCommand.Define(runVerb));
        root.Subcommands.Add(EvalCommand.Define(runVerb));
        root.Subcommands.Add(ServeCommand.Define(runVerb));
        // Response files are off: a question may start with '@' ("@everyone …"), and an '@file' argument must not inject options.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        // Ctrl+C and SIGTERM are the caller's to turn into cancellationToken (see StopSignals), not System.CommandLine's:
        // its handler would end the invocation after a timeout while a verb may still be writing.
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null }, cancellationToken);
    }

    private static async Task<int> RunVerbAsync(
        IReadOnlyDictionary<string, string?> overrides,
        Func<IServiceProvider, TextWriter, TextWriter, CancellationToken, Task<int>> run,
        Func<IReadOnlyDictionary<string, string?>, IHost> buildHost,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        try
        {
            using var host = buildHost(overrides);

            // Settings are checked before the host starts: a bad one is then reported below as its sentence alone,
            // where the host would log "Hosting failed to start" with the exception's stack trace first.
            host.Services.GetService<IStartupValidator>()?.Validate();
            await host.StartAsync(cancellationToken);
            try
            {
                return await run(host.Services, output, error, cancellationToken);
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
            }
        }
        catch (OptionsValidationException ex)
        {
            return await WriteSettingErrorsAsync(ex.Failures, error);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException))
        {
            // Bad settings in more than one section arrive together.
            return await WriteSettingErrorsAsync(ex.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures), error);
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            // A value the binder cannot read, such as an unknown provider name; its message names the key.
            await error.WriteLineAsync("Configuration error: " + ex.Message);
            return ExitCodes.BadSettings;
        }
        catch (EmbedderMismatchException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return ExitCodes.IndexMismatch;
        }
        catch (StoreUnavailableException ex)
        {
            // The store file cannot be opened; the message names NewsBot:Storage:Sqlite:Path.
            await error.WriteLineAsync("Configuration error: " + ex.Message);
            return ExitCodes.BadSettings;
        }
        catch (EmbeddingEndpointException ex)
        {
            // The question cannot be embedded; the message names the setting to check.
            await error.WriteLineAsync(ex.Sentence);
            return ExitCodes.Unavailable;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped by Ctrl+C or SIGTERM somewhere a verb has no report of its own to give.
            await error.WriteLineAsync("Stopped before finishing.");
            return ExitCodes.Stopped;
        }
    }

    private static async Task<int> WriteSettingErrorsAsync(IEnumerable<string> failures, TextWriter error)
    {
        foreach (var failure in failures)
        {
            await error.WriteLineAsync("Configuration error: " + SettingMessages.Clean(failure));
        }

        return ExitCodes.BadSettings;
    }
}
