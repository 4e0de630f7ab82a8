using Microsoft.Data.Sqlite;

namespace NewsBot.Tests.Cli;

/// <summary>Index runs and questions at the same time on one store, as separate processes.</summary>
public sealed class ConcurrentRunTests : IDisposable
{
    private readonly CliRun cli = new();

    [Fact]
    public async Task Ask_WhileIndexWrites_EveryAskAnswersOrDeclinesWithoutStackTrace()
    {
        var news = GeneratedNews.Write(cli.Folder, 2500);
        var environment = Environment();
        var indexing = NewsBotProcess.RunAsync(cli.Folder, environment, "index", news);

        var asks = new List<(int Exit, string Output, string Error)>();
        while (!indexing.IsCompleted || asks.Count < 3)
        {
            asks.Add(await NewsBotProcess.RunAsync(cli.Folder, environment, "ask", "What did residents of district 40 say at the meeting?"));
        }

        var index = await indexing;
        Assert.Equal(0, index.Exit);
        Assert.Contains("Indexed: 2500 added", index.Output, StringComparison.Ordinal);
        Assert.All(asks, ask =>
        {
            Assert.True(ask.Exit == 0, $"ask exited {ask.Exit}: {ask.Error}");
            Assert.Empty(NewsBotProcess.StackTraceLines(ask.Error));
            Assert.DoesNotContain("Exception", ask.Error, StringComparison.Ordinal);
            Assert.NotEqual("", ask.Output);
        });
    }

    [Fact]
    public async Task Index_TwoRunsOnOneStore_BothFinishWithoutDuplicatesAndOneWaited()
    {
        var news = GeneratedNews.Write(cli.Folder, 1500);
        var environment = Environment();

        var runs = await Task.WhenAll(
            NewsBotProcess.RunAsync(cli.Folder, environment, "index", news),
            NewsBotProcess.RunAsync(cli.Folder, environment, "index", news));

        Assert.All(runs, run => Assert.Equal(0, run.Exit));
        Assert.Single(runs, run => run.Output.Contains("Indexed: 1500 added, 0 updated, 0 unchanged", StringComparison.Ordinal));
        var second = Assert.Single(runs, run => run.Output.Contains("Indexed: 0 added, 0 updated, 1500 unchanged", StringComparison.Ordinal));
        Assert.Contains($"Another index run is writing to {cli.StorePath}; waiting for it to finish.", second.Error, StringComparison.Ordinal);
        Assert.Equal((1500L, 1500L), await CountArticlesAsync());
    }

    [Fact]
    public async Task Index_OtherRunKilled_NextRunDoesNotWait()
    {
        var news = GeneratedNews.Write(cli.Folder, 1500);
        var environment = Environment();
        using (var killed = NewsBotProcess.Start(cli.Folder, environment, "index", news))
        {
            // Kill it once it writes (the lock is taken before the first write).
            while (!File.Exists(cli.StorePath + ".lock") || (await CountArticlesAsync()).Articles == 0)
            {
                Assert.False(killed.HasExited, "the first run ended before it could be killed");
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }

            killed.Kill();
            await killed.WaitAsync();
        }

        var next = await NewsBotProcess.RunAsync(cli.Folder, environment, "index", news);

        Assert.Equal(0, next.Exit);
        Assert.DoesNotContain("waiting", next.Error, StringComparison.Ordinal);
        Assert.Equal((1500L, 1500L), await CountArticlesAsync());
    }

    public void Dispose() => cli.Dispose();

    private Dictionary<string, string?> Environment() => new()
    {
        ["NewsBot__Storage__Sqlite__Path"] = cli.StorePath,
        ["NewsBot__Embedding__Provider"] = "Hashing",
        ["NewsBot__Embedding__Dimensions"] = "256",
    };

    /// <summary>Articles, and distinct article ids, in the store.</summary>
    private async Task<(long Articles, long Distinct)> CountArticlesAsync()
    {
        if (!File.Exists(cli.StorePath))
        {
            return (0, 0);
        }

        await using var connection = new SqliteConnection($"Data Source={cli.StorePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), count(DISTINCT id) FROM articles";
        try
        {
            await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            await reader.ReadAsync(TestContext.Current.CancellationToken);
            return (reader.GetInt64(0), reader.GetInt64(1));
        }
        catch (SqliteException)
        {
            return (0, 0); // the tables are not there yet
        }
    }
}
