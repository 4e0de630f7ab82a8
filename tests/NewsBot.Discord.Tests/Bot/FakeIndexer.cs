using NewsBot.Core.Indexing;

namespace NewsBot.Discord.Tests.Bot;

/// <summary>
/// A re-indexer that reports one item of two done, can be held until released, and while held lets a test report
/// further progress through the bot's own progress callback.
/// </summary>
internal sealed class FakeIndexer : ISourceReindexer
{
    private IProgress<ReindexProgress>? progress;

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a run has started and reported its first progress.</summary>
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Hold { get; set; }

    public int Runs { get; private set; }

    public List<IReadOnlyList<string>> Locations { get; } = [];

    public ReindexReport Result { get; set; } = new(1, 0, 1, 0, [], false);

    /// <summary>Set when a run was cancelled while held.</summary>
    public bool Cancelled { get; private set; }

    public async Task<ReindexReport> ReindexAsync(IReadOnlyList<string> locations, IProgress<ReindexProgress>? progress, CancellationToken cancellationToken)
    {
        this.progress = progress;
        Locations.Add(locations);
        progress?.Report(new ReindexProgress(1, 2, 0));
        Runs++;
        Started.TrySetResult();
        if (Hold)
        {
            try
            {
                await Release.Task.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Cancelled = true;
                throw;
            }
        }

        return Result;
    }

    /// <summary>Reports progress of the running run, as the real indexer does from its own thread.</summary>
    public void Report(ReindexProgress value) => progress?.Report(value);
}
