namespace NewsBot.Answers.SemanticKernel;

/// <summary>A token that is cancelled when the caller cancels or when the time allowed (on the given clock) has passed.</summary>
internal sealed class Deadline : IDisposable
{
    private readonly CancellationTokenSource timer;
    private readonly CancellationTokenSource linked;

    public Deadline(TimeSpan allowed, TimeProvider time, CancellationToken cancellationToken)
    {
        timer = new CancellationTokenSource(allowed, time);
        linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
    }

    public CancellationToken Token => linked.Token;

    /// <summary>Whether the time ran out (rather than the caller cancelling).</summary>
    public bool Expired => timer.IsCancellationRequested;

    public void Dispose()
    {
        linked.Dispose();
        timer.Dispose();
    }
}
