using System.Diagnostics;
using System.Globalization;

namespace NewsBot.Storage.Sqlite;

/// <summary>
/// Temporary vector files (<c>&lt;file&gt;.&lt;pid&gt;-&lt;id&gt;.tmp</c>) left beside the vector file by a writer that was
/// killed before it renamed or deleted its file. The next writer removes them.
/// </summary>
internal static class StrayVectorFiles
{
    /// <summary>The temporary name a writer in this process uses for a new file at <paramref name="path"/>.</summary>
    public static string TemporaryName(string path) =>
        $"{path}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}.tmp";

    /// <summary>
    /// Deletes the temporary files of <paramref name="path"/> whose writer is gone: its process is not running here, and no
    /// one holds the file open for writing (a writer keeps it locked). Files of this process are left to their writer.
    /// Returns how many were deleted.
    /// </summary>
    public static int Remove(string path)
    {
        var folder = Path.GetDirectoryName(path);
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
        {
            return 0;
        }

        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(folder, Path.GetFileName(path) + ".*.tmp"))
        {
            if (WriterOf(file, path) is { } pid && pid != Environment.ProcessId && !IsRunning(pid) && TryDeleteUnlocked(file))
            {
                removed++;
            }
        }

        return removed;
    }

    private static int? WriterOf(string file, string path)
    {
        var middle = file.AsSpan(path.Length + 1, file.Length - path.Length - 1 - ".tmp".Length);
        var dash = middle.IndexOf('-');
        return dash > 0 && int.TryParse(middle[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Deletes <paramref name="file"/> unless another process has it open exclusively (a writer in another PID namespace).</summary>
    private static bool TryDeleteUnlocked(string file)
    {
        try
        {
            using (new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
            }

            File.Delete(file);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
