namespace NewsBot.Testing;

/// <summary>Finds the workplace's <c>../shared</c> folder beside the repository, which users do not have.</summary>
public static class SharedFolder
{
    /// <summary>The repository root (the folder holding NewsBot.sln).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Where the shared folder would be: <c>../shared</c> beside the repository.</summary>
    public static string ExpectedPath { get; } = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>The shared folder, or null when it is absent.</summary>
    public static string? Path => Directory.Exists(ExpectedPath) ? ExpectedPath : null;

    /// <summary>
    /// A path inside the shared folder; skips the calling test, with a reason naming what is absent, when the folder or
    /// the file is. This is the only way a test here skips: never return early from a test whose data is missing.
    /// </summary>
    public static string Require(params string[] parts)
    {
        var root = Path;
        Assert.SkipWhen(root is null, $"The shared data folder {ExpectedPath} (../shared beside the repository) is absent on this machine.");
        var full = System.IO.Path.Combine([root!, .. parts]);
        Assert.SkipUnless(File.Exists(full) || Directory.Exists(full), $"{full} is absent from the shared data folder on this machine.");
        return full;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "NewsBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("NewsBot.sln not found above " + AppContext.BaseDirectory);
    }
}
