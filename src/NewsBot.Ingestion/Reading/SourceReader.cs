using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace NewsBot.Ingestion.Reading;

/// <summary>Reads a location (file, folder or http(s) URL) by handing it to the right reader.</summary>
internal sealed class SourceReader(
    DocumentDispatcher dispatcher,
    FolderReader folders,
    WebFetcher web,
    ILogger<SourceReader> logger) : ISourceReader
{
    public async IAsyncEnumerable<ReadOutcome> ReadAsync(string location, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        location = location.Trim();
        logger.ReadingLocation(location);
        int articles = 0, failures = 0;
        await foreach (var outcome in Dispatch(location, cancellationToken).WithCancellation(cancellationToken))
        {
            if (outcome.Error is not null)
            {
                failures++;
                logger.ReadFailed(outcome.Origin, outcome.Error);
            }
            else if (outcome.Succeeded)
            {
                articles++;
            }

            yield return outcome;
        }

        logger.LocationRead(location, articles, failures);
    }

    private IAsyncEnumerable<ReadOutcome> Dispatch(string location, CancellationToken cancellationToken)
    {
        if (location.Contains("://", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(location, UriKind.Absolute, out var uri))
            {
                return Fail(location, $"{location} is not a valid URL.");
            }

            if (uri.Scheme is "http" or "https")
            {
                return ReadWebAsync(uri, cancellationToken);
            }

            if (!uri.IsFile)
            {
                return Fail(location, $"{location} uses the scheme \"{uri.Scheme}\"; only http(s) URLs, files and folders can be read.");
            }

            location = uri.LocalPath;
        }

        var path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(location));
        if (Directory.Exists(path))
        {
            return folders.ReadAsync(path, cancellationToken);
        }

        return File.Exists(path)
            ? ReadFileAsync(path, cancellationToken)
            : Fail(path, $"{path} does not exist (no such file or folder).");
    }

    private async IAsyncEnumerable<ReadOutcome> ReadFileAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        SourceDocument? document = null;
        string? error = null;
        try
        {
            document = await FileDocuments.LoadAsync(path, path, path, cancellationToken);
        }
        catch (ReadException exception)
        {
            error = exception.Message;
        }

        if (document is null)
        {
            yield return ReadOutcome.Failure(path, error!);
            yield break;
        }

        await foreach (var outcome in dispatcher.ReadAsync(document, cancellationToken).WithCancellation(cancellationToken))
        {
            yield return outcome;
        }
    }

    private async IAsyncEnumerable<ReadOutcome> ReadWebAsync(Uri uri, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        WebDocument? page = null;
        string? error = null;
        try
        {
            page = await web.FetchAsync(uri, cancellationToken);
        }
        catch (ReadException exception)
        {
            error = exception.Message;
        }

        if (page is null)
        {
            yield return ReadOutcome.Failure(uri.AbsoluteUri, error!);
            yield break;
        }

        var key = uri.AbsoluteUri;
        var document = new SourceDocument(key, key, key, page.Text, Path.GetExtension(uri.AbsolutePath).ToLowerInvariant(), page.MediaType);
        await foreach (var outcome in dispatcher.ReadAsync(document, cancellationToken).WithCancellation(cancellationToken))
        {
            yield return outcome;
        }
    }

    private static IAsyncEnumerable<ReadOutcome> Fail(string origin, string error) =>
        new[] { ReadOutcome.Failure(origin, error) }.ToAsyncEnumerable();
}
