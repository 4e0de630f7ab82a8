using NewsBot.Ingestion.Indexing;

namespace NewsBot.Discord.Tests.Bot;

/// <summary>An indexer that reports one item done and can be held until released.</summary>
internal sealed class FakeIndexer : IArticleIndexer
{
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Hold { get; set; }

    public int Runs { get; private set; }

    public async Task<IndexReport> IndexAsync(IReadOnlyList<string> locations, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(new IndexProgress(locations[0], 1, 2));
        Runs++;
        if (Hold)
        {
            await Release.Task.WaitAsync(cancellationToken);
        }

        return new IndexReport(1, 0, 1, 0, []);
    }
}
