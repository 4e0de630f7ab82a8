using System.Runtime.CompilerServices;
using NewsBot.Ingestion.Reading;

namespace NewsBot.Ingestion.Tests.Indexing;

/// <summary>Serves canned read outcomes per location.</summary>
internal sealed class FakeSourceReader : ISourceReader
{
    public Dictionary<string, List<ReadOutcome>> Locations { get; } = new(StringComparer.Ordinal);

    public async IAsyncEnumerable<ReadOutcome> ReadAsync(string location, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var outcome in Locations.GetValueOrDefault(location) ?? [ReadOutcome.Failure(location, $"'{location}' does not exist.")])
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return outcome;
        }
    }
}
