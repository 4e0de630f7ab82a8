using System.Runtime.CompilerServices;
using NewsBot.Ingestion.Reading;

namespace NewsBot.Ingestion.Tests.Indexing;

/// <summary>
/// Serves its first item at once and each later one after a fetch that takes <paramref name="fetch"/> whatever happens,
/// as a feed page being downloaded does; a stop is noticed when the fetch ends.
/// </summary>
internal sealed class FetchingSourceReader(IReadOnlyList<ReadOutcome> items, TimeSpan fetch) : ISourceReader
{
    public async IAsyncEnumerable<ReadOutcome> ReadAsync(string location, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                await Task.Delay(fetch, CancellationToken.None);
                cancellationToken.ThrowIfCancellationRequested();
            }

            yield return items[i];
        }
    }
}
