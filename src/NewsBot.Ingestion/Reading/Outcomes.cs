using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Reading;

/// <summary>Helpers that turn a single read into an outcome, catching the reader's <see cref="ReadException"/>.</summary>
internal static class Outcomes
{
    /// <summary>Runs <paramref name="read"/> and yields its article, or the error sentence when it fails.</summary>
    public static IAsyncEnumerable<ReadOutcome> One(SourceDocument document, Func<Article> read) =>
        new[] { Try(document.Origin, read) }.ToAsyncEnumerable();

    /// <summary>Runs <paramref name="read"/> and returns its outcome.</summary>
    public static ReadOutcome Try(string origin, Func<Article> read)
    {
        try
        {
            return ReadOutcome.Success(read());
        }
        catch (ReadException exception)
        {
            return ReadOutcome.Failure(origin, exception.Message);
        }
    }
}
