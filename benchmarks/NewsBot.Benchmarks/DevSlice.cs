using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Articles;
using NewsBot.Ingestion.Reading;

namespace NewsBot.Benchmarks;

/// <summary>The RealTimeQA development slice (612 real articles) in <c>../shared</c> beside the repository, when it is there.</summary>
internal static class DevSlice
{
    /// <summary>The folder the slice is looked for in, for messages.</summary>
    public static string Expected { get; } = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot(), "..", "shared", "eval", "realtimeqa-dev"));

    /// <summary>The slice's folder, or null when <c>../shared</c> is absent.</summary>
    public static string? Folder { get; } = Find();

    /// <summary>The sentence that says why a benchmark that needs the slice did not run.</summary>
    public static string Absent => $"{Expected} is absent, so the dev-slice benchmarks are skipped; they need ../shared beside the repository.";

    /// <summary>The slice's articles, read by the project's own source reader (as <c>newsbot index</c> reads them).</summary>
    public static IReadOnlyList<Article> ReadArticles()
    {
        var folder = Folder ?? throw new InvalidOperationException(Absent);
        using var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddNewsIngestion(new ConfigurationBuilder().Build())
            .BuildServiceProvider();
        var reader = services.GetRequiredService<ISourceReader>();
        return ReadAsync(reader, folder).GetAwaiter().GetResult();
    }

    private static async Task<IReadOnlyList<Article>> ReadAsync(ISourceReader reader, string folder)
    {
        var articles = new List<Article>();
        await foreach (var outcome in reader.ReadAsync(folder, CancellationToken.None))
        {
            if (outcome.Article is { } article)
            {
                articles.Add(article);
            }
        }

        return articles;
    }

    private static string? Find() => Directory.Exists(Expected) ? Expected : null;

    /// <summary>The folder holding NewsBot.sln above the running benchmark, or "." when none is.</summary>
    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "NewsBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? ".";
    }
}
