namespace NewsBot.Ingestion.Reading;

/// <summary>Reads every article found at a location: a file, a folder (recursively) or an http(s) URL.</summary>
public interface ISourceReader
{
    /// <summary>
    /// Reads the articles at <paramref name="location"/>. A bad item never stops the others:
    /// it is reported as a <see cref="ReadOutcome"/> carrying an error.
    /// </summary>
    IAsyncEnumerable<ReadOutcome> ReadAsync(string location, CancellationToken cancellationToken);
}
