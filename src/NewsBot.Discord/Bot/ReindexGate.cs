using NewsBot.Core.Indexing;

namespace NewsBot.Discord.Bot;

/// <summary>
/// Lets one re-index run at a time in this process, whether <c>/reindex</c> or the refresh service started it, and knows
/// how far the running one has come and when the last one finished.
/// </summary>
internal sealed class ReindexGate
{
    private readonly Lock gate = new();
    private ReindexProgress? running;

    /// <summary>The running re-index's progress, or null when none runs.</summary>
    public ReindexProgress? Running
    {
        get
        {
            lock (gate)
            {
                return running;
            }
        }
    }

    /// <summary>When the last re-index finished, or null.</summary>
    public DateTimeOffset? LastFinished { get; private set; }

    /// <summary>Starts a run when none is running; the returned handle reports progress and ends the run when disposed.</summary>
    public Run? TryStart()
    {
        lock (gate)
        {
            if (running is not null)
            {
                return null;
            }

            running = new ReindexProgress(0, 0, 0);
            return new Run(this);
        }
    }

    private void Report(ReindexProgress status)
    {
        lock (gate)
        {
            if (running is not null)
            {
                running = status;
            }
        }
    }

    private void End(DateTimeOffset? finished)
    {
        lock (gate)
        {
            running = null;
            LastFinished = finished ?? LastFinished;
        }
    }

    /// <summary>A running re-index.</summary>
    public sealed class Run(ReindexGate owner) : IDisposable
    {
        private DateTimeOffset? finished;

        public void Report(ReindexProgress status) => owner.Report(status);

        public void Finished(DateTimeOffset at) => finished = at;

        public void Dispose() => owner.End(finished);
    }
}
