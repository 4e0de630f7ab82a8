using System.Runtime.CompilerServices;
using NewsBot.Ingestion.Indexing;
using NewsBot.Ingestion.Reading;

namespace NewsBot.Ingestion.Tests.Indexing;

/// <summary>
/// Serves its items one at a time like a slow feed: before each item after the first it waits (a few seconds at most)
/// until the indexer reports the previous one done, and notes how many it had done; optionally it cancels the run
/// before serving an item, as Ctrl+C would. Pass it to the indexer as both the source and the progress.
/// </summary>
internal sealed class WaitingSourceReader(IReadOnlyList<ReadOutcome> items) : ISourceReader, IProgress<IndexProgress>
{
    private int done;

    public List<int> DoneBeforeEachItem { get; } = [];

    /// <summary>Before serving the item at this index, the source is cancelled.</summary>
    public (int Item, CancellationTokenSource Source)? StopAt { get; init; }

    public void Report(IndexProgress value) => Volatile.Write(ref done, value.Done);

    public async IAsyncEnumerable<ReadOutcome> ReadAsync(string location, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 0; i < items.Count; i++)
        {
            for (var wait = 0; wait < 100 && Volatile.Read(ref done) < i; wait++)
            {
                await Task.Delay(50, cancellationToken);
            }

            DoneBeforeEachItem.Add(Volatile.Read(ref done));
            if (StopAt is { } stop && i == stop.Item)
            {
                await stop.Source.CancelAsync();
                cancellationToken.ThrowIfCancellationRequested();
            }

            yield return items[i];
        }
    }
}
