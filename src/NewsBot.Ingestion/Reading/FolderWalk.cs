using Microsoft.Extensions.Logging;

namespace NewsBot.Ingestion.Reading;

/// <summary>
/// Lists the files under a folder, following symbolic links to folders but never into a folder already walked: each
/// folder is known by its real path (every link on the way resolved), so a link back to a parent, or two links to the
/// same place, are walked once. Hidden files and folders (a name starting with a dot) are left out.
/// </summary>
internal static class FolderWalk
{
    /// <summary>Links followed in a row before a path is taken for a loop of links.</summary>
    private const int MaxLinkHops = 40;

    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    public static FolderListing List(string folder, ILogger logger)
    {
        var files = new List<string>();
        var problems = new List<ReadOutcome>();
        var walked = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Path, string Real)>();
        var root = RealPath(folder);
        walked.Add(root);
        pending.Push((folder, root));
        while (pending.TryPop(out var current))
        {
            List<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(current.Path).EnumerateFileSystemInfos("*", OneLevel).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add(ReadOutcome.Failure(current.Path, $"{current.Path} could not be listed: {ex.Message}"));
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }

                if (entry is not DirectoryInfo subfolder)
                {
                    files.Add(entry.FullName);
                    continue;
                }

                string real;
                try
                {
                    real = subfolder.LinkTarget is null ? Path.Combine(current.Real, subfolder.Name) : RealPath(subfolder.FullName);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    problems.Add(ReadOutcome.Failure(subfolder.FullName, $"{subfolder.FullName} is a link that could not be followed: {ex.Message}"));
                    continue;
                }

                if (!walked.Add(real))
                {
                    logger.FolderAlreadyWalked(subfolder.FullName, real);
                    continue;
                }

                pending.Push((subfolder.FullName, real));
            }
        }

        files.Sort(StringComparer.Ordinal);
        return new FolderListing(files, problems);
    }

    /// <summary>The path with every symbolic link along it resolved.</summary>
    private static string RealPath(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        for (var hop = 0; hop < MaxLinkHops; hop++)
        {
            var resolved = ResolveFirstLink(full);
            if (resolved is null)
            {
                return full;
            }

            full = resolved;
        }

        throw new IOException($"it goes through more than {MaxLinkHops} symbolic links, which is a loop of links.");
    }

    /// <summary>The path with its first symbolic link (from the root) replaced by the link's target, or null when it has none.</summary>
    private static string? ResolveFirstLink(string full)
    {
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        for (var i = 0; i < parts.Length; i++)
        {
            current = Path.Combine(current, parts[i]);
            if (new FileInfo(current).LinkTarget is { } target)
            {
                var resolved = Path.GetFullPath(target, Path.GetDirectoryName(current) ?? root);
                return Path.TrimEndingDirectorySeparator(Path.Combine([resolved, .. parts[(i + 1)..]]));
            }
        }

        return null;
    }
}
