using Microsoft.Extensions.Logging;
using NewsBot.Core.Articles;
using NewsBot.Ingestion.Cleaning;

namespace NewsBot.Ingestion.Reading;

/// <summary>
/// Reads every article file in a folder and its subfolders, concurrently, applying the folder's
/// <c>articles.jsonl</c> manifest (id, title, outlet, link, date) where it lists a file.
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

        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => IsArticleFile(folder, f))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var missing in manifest.Entries.Where(e => !File.Exists(e.Key)).OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            yield return ReadOutcome.Failure(missing.Key, $"{missing.Key} is listed in the manifest of {folder} but does not exist.");
        }

        // Read ahead a few files at a time, but hand the outcomes back in a stable order.
        var pending = new Queue<Task<List<ReadOutcome>>>();
        var next = 0;
        while (next < files.Count || pending.Count > 0)
        {
            while (next < files.Count && pending.Count < Concurrency)
            {
                var file = files[next++];
                pending.Enqueue(Task.Run(() => ReadFileAsync(folder, file, manifest, cancellationToken), cancellationToken));
            }

            foreach (var outcome in await pending.Dequeue())
            {
                yield return outcome;
            }
        }
    }

    private bool IsArticleFile(string folder, string path)
    {
        var name = Path.GetFileName(path);
        var relative = Path.GetRelativePath(folder, path);
        if (name.Equals(ArticleManifest.FileName, StringComparison.OrdinalIgnoreCase)
            || relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
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

    private async Task<List<ReadOutcome>> ReadFileAsync(string folder, string path, ArticleManifest manifest, CancellationToken cancellationToken)
    {
        var relative = Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/');
        SourceDocument document;
        try
        {
            document = await FileDocuments.LoadAsync(path, folder, $"{folder}|{relative}", cancellationToken);
        }
        catch (ReadException exception)
        {
            return [ReadOutcome.Failure(path, exception.Message)];
        }

        var outcomes = await dispatcher.ReadAsync(document, cancellationToken).ToListAsync(cancellationToken);
        if (manifest.Entries.TryGetValue(path, out var entry))
        {
            for (var i = 0; i < outcomes.Count; i++)
            {
                outcomes[i] = outcomes[i].Article is { } article ? outcomes[i] with { Article = Apply(entry, article) } : outcomes[i];
            }
        }

        return outcomes;
    }

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
