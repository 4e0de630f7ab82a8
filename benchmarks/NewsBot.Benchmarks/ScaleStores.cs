using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Answering;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage;
using NewsBot.Ingestion.Indexing;
using NewsBot.Ingestion.Reading;
using NewsBot.Storage.Sqlite;

namespace NewsBot.Benchmarks;

/// <summary>
/// Synthetic stores for the scale benchmarks, built with the hashing embedder through the same services the
/// <c>newsbot</c> host composes, and kept between runs: a 500k store takes minutes to build.
/// </summary>
/// <remarks>
/// Kept under <c>BenchmarkDotNet.Artifacts/scale-stores</c> (or <c>NEWSBOT_BENCH_STORES</c>), one folder per size,
/// generator version and store schema version. A kept store is answered from once in process before it is measured,
/// so whatever the current store code keeps beside <c>newsbot.db</c> (and rebuilds when missing) is made then, not
/// during a measured <c>newsbot ask</c>. Delete the folder to build the stores afresh.
/// </remarks>
internal static class ScaleStores
{
    /// <summary>The store file's name; whatever the store keeps beside it starts with it (<c>newsbot.db-wal</c>, …).</summary>
    public const string FileName = "newsbot.db";

    public static string Root =>
        Environment.GetEnvironmentVariable("NEWSBOT_BENCH_STORES") is { Length: > 0 } root
            ? Path.GetFullPath(root)
            : Path.Combine(DevSlice.RepositoryRoot(), "BenchmarkDotNet.Artifacts", "scale-stores");

    /// <summary>The settings a benchmark's store is used with, in process and by the <c>newsbot</c> process alike.</summary>
    public static IReadOnlyDictionary<string, string?> Settings(string storePath) => new Dictionary<string, string?>
    {
        ["NewsBot:Storage:Provider"] = "Sqlite",
        ["NewsBot:Storage:Sqlite:Path"] = storePath,
        ["NewsBot:Embedding:Provider"] = "Hashing",
        ["NewsBot:Embedding:Dimensions"] = BenchmarkStore.Dimensions.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["NewsBot:Embedding:CachePath"] = "none",
    };

    /// <summary>The services of the <c>newsbot</c> host over <paramref name="storePath"/>, reading <paramref name="reader"/> when given.</summary>
    public static ServiceProvider Services(string storePath, ISourceReader? reader = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(storePath)).Build();
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddNewsBotCore(configuration)
            .AddNewsIngestion(configuration)
            .AddNewsBotSqliteStore(configuration);
        if (reader is not null)
        {
            services.AddSingleton(reader);
        }

        return services.BuildServiceProvider();
    }

    /// <summary>The kept store of <paramref name="passages"/> passages, built first when there is none.</summary>
    public static async Task<string> EnsureAsync(int passages)
    {
        var folder = Folder(passages);
        if (!Directory.Exists(folder))
        {
            Console.WriteLine($"// Building a store of {passages} synthetic passages in {folder} (kept for later runs)");
            var built = await BuildAsync(ScaleCorpus.Articles(passages));
            Keep(built, passages);
        }

        var path = Path.Combine(folder, FileName);
        await using (var services = Services(path))
        {
            await services.GetRequiredService<IAnswerService>().AnswerAsync(new AnswerRequest("What happened to the council?"), CancellationToken.None);
        }

        return path;
    }

    /// <summary>Indexes <paramref name="articles"/> into a new store in a folder of its own, and returns that folder.</summary>
    public static async Task<string> BuildAsync(IReadOnlyList<Article> articles)
    {
        var folder = Path.Combine(Root, "building-" + Guid.NewGuid().ToString("N"));
        await using var services = Services(Path.Combine(folder, FileName), new ListReader(articles));
        var report = await services.GetRequiredService<IArticleIndexer>().IndexAsync(["synthetic"], null, CancellationToken.None);
        if (report.Added != articles.Count || report.Failures.Count > 0)
        {
            throw new InvalidOperationException($"Indexed {report.Added} of {articles.Count} synthetic articles ({report.Failures.Count} failed).");
        }

        return folder;
    }

    /// <summary>Keeps a freshly built store as the one of <paramref name="passages"/> passages, or deletes it when one is kept already.</summary>
    public static void Keep(string built, int passages)
    {
        var folder = Folder(passages);
        if (Directory.Exists(folder))
        {
            Directory.Delete(built, recursive: true);
            return;
        }

        foreach (var stale in Directory.GetDirectories(Root, $"v*-{passages}"))
        {
            Directory.Delete(stale, recursive: true); // kept by another generator or schema version
        }

        Directory.Move(built, folder);
    }

    /// <summary>The store's files: the database and whatever the store keeps beside it.</summary>
    public static IReadOnlyList<FileInfo> Files(string storePath) =>
        new DirectoryInfo(Path.GetDirectoryName(storePath)!).GetFiles(FileName + "*");

    /// <summary>How many passages the store holds.</summary>
    public static async Task<int> CountPassagesAsync(string storePath)
    {
        await using var services = Services(storePath);
        return (await services.GetRequiredService<IChunkStore>().CountAsync(CancellationToken.None)).Chunks;
    }

    private static string Folder(int passages) =>
        Path.Combine(Root, $"v{ScaleCorpus.GeneratorVersion}-schema{SqliteSchema.Version}-{passages}");

    private sealed class ListReader(IReadOnlyList<Article> articles) : ISourceReader
    {
        public async IAsyncEnumerable<ReadOutcome> ReadAsync(string location, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            foreach (var article in articles)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return ReadOutcome.Success(article);
            }
        }
    }
}
