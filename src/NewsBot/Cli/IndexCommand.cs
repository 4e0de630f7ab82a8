using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Ingestion.Indexing;

namespace NewsBot.Cli;

/// <summary><c>newsbot index [sources…] [--rebuild]</c>: brings the index up to date with the given or configured sources.</summary>
internal sealed class IndexCommand(IArticleIndexer indexer, IChunkStore store, IIndexRunLock runLock, IOptions<NewsBotOptions> options)
{
    public static Command Define(VerbRunner runVerb)
    {
        var sources = new Argument<string[]>("sources")
        {
            Description = "Files, folders, page or feed URLs; none means the configured NewsBot:Sources.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var rebuild = new Option<bool>("--rebuild") { Description = "Empty the index first (needed after changing the embedder)." };
        var command = new Command("index", "Read, clean, chunk and embed articles into the index.") { sources, rebuild };
        command.SetAction((parsed, _) => runVerb(
            new Dictionary<string, string?>(),
            (services, output, error, token) => services.GetRequiredService<IndexCommand>()
                .RunAsync(parsed.GetValue(sources) ?? [], parsed.GetValue(rebuild), output, error, token)));
        return command;
    }

    public async Task<int> RunAsync(IReadOnlyList<string> sources, bool rebuild, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var locations = sources.Count > 0 ? sources : options.Value.Sources;
        if (locations.Count == 0)
        {
            await error.WriteLineAsync("Nothing to index: pass files, folders or URLs, or list them in NewsBot:Sources.");
            return ExitCodes.BadInput;
        }

        if (locations.Any(string.IsNullOrWhiteSpace))
        {
            await error.WriteLineAsync("A source is empty: pass files, folders or URLs, for example: newsbot index samples/news");
            return ExitCodes.BadInput;
        }

        // One run writes at a time; a second one waits here rather than interleaving its writes with the first's.
        using var held = await runLock.AcquireAsync(
            () => error.WriteLineAsync($"Another index run is writing to {runLock.Store}; waiting for it to finish."),
            cancellationToken);

        // A store that can rebuild beside the live index keeps answering from it until the new one is complete.
        var beside = rebuild ? store as IRebuildableStore : null;
        if (beside is not null)
        {
            await beside.BeginRebuildAsync(cancellationToken);
        }
        else if (rebuild)
        {
            await store.ClearAsync(cancellationToken);
        }

        using var bar = new ProgressBar(error, enabled: !Console.IsErrorRedirected);
        var report = await indexer.IndexAsync(locations, bar, cancellationToken);
        bar.Finish();
        await IndexReportWriter.WriteAsync(report, output);
        if (report.Stopped)
        {
            if (beside is not null)
            {
                await beside.AbandonRebuildAsync(CancellationToken.None);
            }

            return ExitCodes.Stopped;
        }

        if (beside is not null)
        {
            await beside.CompleteRebuildAsync(cancellationToken);
        }

        return report.Failures.Count == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
    }
}
