namespace NewsBot.Discord.Bot;

/// <summary>Runs the bot's slow work off the gateway's loop, and lets shutdown (and tests) wait for what is still running.</summary>
internal sealed class BackgroundWork : IAsyncDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private readonly HashSet<Task> running = [];
    private readonly Lock gate = new();

    public void Run(Func<CancellationToken, Task> work)
    {
        var task = Task.Run(() => work(stopping.Token));
        lock (gate)
        {
            running.Add(task);
        }

        _ = task.ContinueWith(
            t =>
            {
                lock (gate)
                {
                    running.Remove(t);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>Completes when all work started so far (and any it started in turn) has finished.</summary>
    public async Task WhenIdleAsync()
    {
        while (true)
        {
            Task[] tasks;
            lock (gate)
            {
                tasks = [.. running];
            }

            if (tasks.Length == 0)
            {
                return;
            }

            await Task.WhenAll(tasks).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await WhenIdleAsync();
        stopping.Dispose();
    }
}
