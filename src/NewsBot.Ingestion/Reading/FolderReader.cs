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

        // Read ahead a few files at a time, but hand the outcomes back in a stable order.
        var firstWithContent = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = new Queue<Task<FileRead>>();
        var next = 0;
        while (next < files.Count || pending.Count > 0)
        {
            while (next < files.Count && pending.Count < Concurrency)
            {
                var file = files[next++];
                pending.Enqueue(Task.Run(() => ReadFileAsync(folder, file, manifest, cancellationToken), cancellationToken));
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
        var relative = Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/');
        SourceDocument document;
        try
        {
            document = await FileDocuments.LoadAsync(path, folder, $"{folder}|{relative}", cancellationToken);
        }
        catch (ReadException exception)
        {
            return new FileRead(path, null, [ReadOutcome.Failure(path, exception.Message)]);
        }

        var outcomes = await dispatcher.ReadAsync(document, cancellationToken).ToListAsync(cancellationToken);
        if (manifest.Entries.TryGetValue(path, out var entry))
        {
            for (var i = 0; i < outcomes.Count; i++)
            {
                outcomes[i] = outcomes[i].Article is { } article ? outcomes[i] with { Article = Apply(entry, article) } : outcomes[i];
            }
        }

        return new FileRead(path, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(document.Text))), outcomes);
    }

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
