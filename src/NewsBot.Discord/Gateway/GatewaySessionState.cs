namespace NewsBot.Discord.Gateway;

/// <summary>What survives a dropped connection so the session can be resumed: its id, where to resume, the last sequence.</summary>
internal sealed class GatewaySessionState
{
    private long sequence = -1;

    public string? SessionId { get; set; }

    public Uri? ResumeUrl { get; set; }

    /// <summary>The last sequence number received, or null before the first.</summary>
    public long? Sequence
    {
        get => Interlocked.Read(ref sequence) is var value && value >= 0 ? value : null;
        set => Interlocked.Exchange(ref sequence, value ?? -1);
    }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    /// <summary>Forgets the session: the next connection identifies anew.</summary>
    public void Clear()
    {
        SessionId = null;
        ResumeUrl = null;
        Sequence = null;
    }
}
