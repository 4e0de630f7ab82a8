using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NewsBot.Tests.Cli;

/// <summary>
/// <c>newsbot index</c> stopped part-way, as a real process: by SIGTERM (a service manager, Ctrl+C) and by SIGKILL (a
/// crash). What was written must stay whole and usable, and the next run must finish the job without duplicates.
/// </summary>
public sealed class IndexStopTests : IDisposable
{
    private readonly CliRun cli = new();

    [Fact(Timeout = 300_000)]
    public async Task Index_SigtermMidRun_ExitsWithinFiveSecondsKeepingWhatItFinished()
    {
        var news = WriteArticles(3000);
        using var running = NewsBotProcess.Start(cli.Folder, Environment(), "index", news);
        await WaitForFirstArticleAsync(running);

        var clock = Stopwatch.StartNew();
        running.Signal("TERM");
        var run = await running.WaitAsync();
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed.TotalSeconds:F1} s to stop");
        // The exit code with what the process printed, so that a run which did not stop cleanly says why.
        Assert.True(run.Exit == 130, $"exit {run.Exit}{System.Environment.NewLine}{run.Output}{System.Environment.NewLine}{run.Error}");
        var kept = ArticleCount();
        Assert.InRange(kept, 1, 2999);
        Assert.Contains($"Stopped; {kept} articles indexed before the stop", run.Output, StringComparison.Ordinal);
        Assert.Equal("ok", IntegrityCheck());
        Assert.Equal(0, ArticlesWithoutPassages());
        Assert.Empty(NewsBotProcess.StackTraceLines(run.Error));
    }

    [Fact(Timeout = 600_000)]
    public async Task Index_KilledAtSeveralPoints_StoreIntactAskAnswersAndNextRunCompletesWithoutDuplicates()
    {
        const int Articles = 800;
        var news = WriteArticles(Articles);
        foreach (var seconds in new[] { 0.5, 1, 2, 3, 4 })
        {
            using var running = NewsBotProcess.Start(cli.Folder, Environment(), "index", news);
            await Task.Delay(TimeSpan.FromSeconds(seconds), TestContext.Current.CancellationToken);
            running.Kill();
            await running.WaitAsync();

            // A kill before the schema's transaction commits leaves an empty database file: nothing indexed, nothing lost.
            if (File.Exists(cli.StorePath))
            {
                Assert.Equal("ok", IntegrityCheck());
                Assert.Equal(0, HasSchema() ? ArticlesWithoutPassages() : 0);
            }
        }

        var partial = File.Exists(cli.StorePath) && HasSchema() ? ArticleCount() : 0;
        var ask = partial > 0 ? await NewsBotProcess.RunAsync(cli.Folder, Environment(), "ask", "How many passengers did the harbour ferry carry?") : default;
        var finish = await NewsBotProcess.RunAsync(cli.Folder, Environment(), "index", news);

        if (partial > 0)
        {
            Assert.Equal(0, ask.Exit);
            Assert.Contains("passengers", ask.Output, StringComparison.Ordinal);
        }

        Assert.Equal(0, finish.Exit);
        Assert.Contains($"{Articles - partial} added, 0 updated, {partial} unchanged, 0 removed, 0 failed.", finish.Output, StringComparison.Ordinal);
        Assert.Equal(Articles, ArticleCount());
        Assert.Equal("ok", IntegrityCheck());
    }

    public void Dispose() => cli.Dispose();

    /// <summary>Writes <paramref name="count"/> short, distinct articles into a new folder and returns its path.</summary>
    private string WriteArticles(int count)
    {
        var folder = Path.Combine(cli.Folder, "generated");
        Directory.CreateDirectory(folder);
        string[] places = ["harbour", "bridge", "market", "library", "station", "museum", "park"];
        for (var i = 0; i < count; i++)
        {
            var place = places[i % places.Length];
            var text = string.Create(CultureInfo.InvariantCulture, $"""
                 date 2026-10-{1 + (i % 28):00} Ferry report {i} from the {place}

                The harbour ferry carried {100 + i} passengers on its run number {i} past the {place} on Monday.
                Crews at the {place} said service {i} kept to the timetable despite wind of {10 + (i % 40)} knots.
                """);
            File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"report-{i:0000}.txt")), text);
        }

        return folder;
    }

    private Dictionary<string, string?> Environment() => new()
    {
        ["NewsBot__Storage__Sqlite__Path"] = cli.StorePath,
        ["NewsBot__Embedding__Provider"] = "Hashing",
    };

    /// <summary>Waits until the running index has written its first article, so that a signal lands mid-run.</summary>
    private async Task WaitForFirstArticleAsync(RunningNewsBot running)
    {
        for (var wait = 0; wait < 1200 && !running.HasExited; wait++)
        {
            try
            {
                if (File.Exists(cli.StorePath) && ArticleCount() > 0)
                {
                    return;
                }
            }
            catch (SqliteException)
            {
                // The store is still being created.
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.Fail("newsbot index wrote no article in a minute, or ended before it did.");
    }

    private bool HasSchema() => Scalar<long>("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'articles'") == 1;

    private long ArticleCount() => Scalar<long>("SELECT count(*) FROM articles");

    private long ArticlesWithoutPassages() =>
        Scalar<long>("SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM chunks c WHERE c.article_key = a.key)");

    private string IntegrityCheck() => Scalar<string>("PRAGMA integrity_check");

    private T Scalar<T>(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = cli.StorePath, Pooling = false, DefaultTimeout = 30 }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }
}
