using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Articles;
using NewsBot.Ingestion.Cleaning;

namespace NewsBot.Ingestion.Reading;

/// <summary>
/// Reads every article file in a folder and its subfolders, concurrently, applying the folder's
/// <c>articles.jsonl</c> manifest (id, title, outlet, link, date) where it lists a file. A symbolic link to a folder
/// already walked (a loop, or a second way into the same folder) is not followed again, and a file whose content is
/// identical to one read before it (in path order) is skipped as a duplicate of that one rather than indexed twice.
/// </summary>
internal sealed class FolderReader(DocumentDispatcher dispatcher, ILogger<FolderReader> logger)
{
    private static readonly int Concurrency = Math.Max(4, Environment.ProcessorCount * 2);

    /// <summary>Reads the folder at the full path <paramref name="folder"/>.</summary>
    public async IAsyncEnumerable<ReadOutcome> ReadAsync(string folder, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var manifest = await ArticleManifest.LoadAsync(folder, cancellationToken);
        logger.ManifestLoaded(folder, manifest.Entries.Count);
        foreach (var problem in manifest.Problems)
        {
            yield return problem;
        }

        var walk = FolderWalk.List(folder, logger);
        foreach (var problem in walk.Problems)
        {
            yield return problem;
        }

        var files = walk.Files.Where(f => IsArticleFile(f)).ToList();
        foreach (var missing in manifest.Entries.Where(e => !File.Exists(e.Key)).OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            yield return ReadOutcome.Failure(missing.Key, $"{missing.Key} is listed in the manifest of {folder} but does not exist.");
        }

        // Read ahead a few files at a time, but hand the outcomes back in a stable order. A feed file is read on its own,
        // once the files before it are handed back, so its items reach the index one by one as its links are fetched.
        var firstWithContent = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = new Queue<Task<FileRead>>();
        var next = 0;
        while (next < files.Count || pending.Count > 0)
        {
            while (next < files.Count && pending.Count < Concurrency && !IsFeedFile(files[next]))
            {
                var file = files[next++];
                pending.Enqueue(Task.Run(() => ReadFileAsync(folder, file, manifest, cancellationToken), cancellationToken));
            }

            if (pending.Count == 0)
            {
                await foreach (var outcome in ReadFeedFileAsync(folder, files[next++], manifest, firstWithContent, cancellationToken))
                {
                    yield return outcome;
                }

                continue;
            }

            var read = await pending.Dequeue();
            if (read.ContentHash is { } hash && !firstWithContent.TryAdd(hash, read.Path))
            {
                logger.DuplicateFile(read.Path, firstWithContent[hash]);
                yield return ReadOutcome.Duplicate(read.Path, firstWithContent[hash]);
                continue;
            }

            foreach (var outcome in read.Outcomes)
            {
                yield return outcome;
            }
        }
    }

    private static bool IsFeedFile(string path) => Path.GetExtension(path).ToLowerInvariant() is ".xml" or ".rss" or ".atom";

    /// <summary>Reads a feed file, handing back each item as soon as it is read.</summary>
    private async IAsyncEnumerable<ReadOutcome> ReadFeedFileAsync(
        string folder,
        string path,
        ArticleManifest manifest,
        Dictionary<string, string> firstWithContent,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (document, failure) = await LoadAsync(folder, path, cancellationToken);
        if (document is null)
        {
            yield return failure!;
            yield break;
        }

        var hash = Hash(document);
        if (!firstWithContent.TryAdd(hash, path))
        {
            logger.DuplicateFile(path, firstWithContent[hash]);
            yield return ReadOutcome.Duplicate(path, firstWithContent[hash]);
            yield break;
        }

        await foreach (var outcome in dispatcher.ReadAsync(document, cancellationToken))
        {
            yield return WithManifest(outcome, path, manifest);
        }
    }

    private bool IsArticleFile(string path)
    {
        if (Path.GetFileName(path).Equals(ArticleManifest.FileName, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (DocumentDispatcher.KnownExtensions.Contains(Path.GetExtension(path)))
        {
            return true;
        }

        logger.SkippedFile(path);
        return false;
    }

    private async Task<FileRead> ReadFileAsync(string folder, string path, ArticleManifest manifest, CancellationToken cancellationToken)
    {
        var (document, failure) = await LoadAsync(folder, path, cancellationToken);
        if (document is null)
        {
            return new FileRead(path, null, [failure!]);
        }

        var outcomes = await dispatcher.ReadAsync(document, cancellationToken).Select(o => WithManifest(o, path, manifest)).ToListAsync(cancellationToken);
        return new FileRead(path, Hash(document), outcomes);
    }

    private static async Task<(SourceDocument? Document, ReadOutcome? Failure)> LoadAsync(string folder, string path, CancellationToken cancellationToken)
    {
        var relative = Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/');
        try
        {
            return (await FileDocuments.LoadAsync(path, folder, $"{folder}|{relative}", cancellationToken), null);
        }
        catch (ReadException exception)
        {
            return (null, ReadOutcome.Failure(path, exception.Message));
        }
    }

    private static string Hash(SourceDocument document) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(document.Text)));

    private static ReadOutcome WithManifest(ReadOutcome outcome, string path, ArticleManifest manifest) =>
        manifest.Entries.TryGetValue(path, out var entry) && outcome.Article is { } article ? outcome with { Article = Apply(entry, article) } : outcome;

    /// <summary>What reading one file gave, with a hash of its text to find files that repeat another.</summary>
    private sealed record FileRead(string Path, string? ContentHash, List<ReadOutcome> Outcomes);

    private static Article Apply(ManifestEntry entry, Article article) => article with
    {
        Id = NonEmpty(entry.Id) ?? article.Id,
        Title = NonEmpty(entry.Title) ?? article.Title,
        Outlet = NonEmpty(entry.Source) ?? article.Outlet,
        Url = NonEmpty(entry.Url) ?? article.Url,
        Published = entry.Published ?? article.Published,
    };

    private static string? NonEmpty(string? value)
    {
        var text = value is null ? null : ArticleCleaner.NormaliseLine(value);
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
