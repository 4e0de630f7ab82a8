namespace NewsBot.Discord.Gateway;

/// <summary>
/// How serving ended, for <c>newsbot serve</c> to turn into its exit code: set by <see cref="GatewayService"/> when the
/// gateway stops the bot (a rejected token, say) before it stops the host.
/// </summary>
internal sealed class ServeOutcome
{
    /// <summary>A setting must be fixed (the same number as the CLI's exit code for bad settings).</summary>
    public const int BadSettings = 2;

    /// <summary>The gateway failed in a way it could not recover from.</summary>
    public const int Failed = 1;

    private readonly Lock gate = new();

    /// <summary>0 while nothing went wrong; otherwise the exit code <c>serve</c> should end with.</summary>
    public int ExitCode { get; private set; }

    /// <summary>The sentence saying what went wrong and what to fix, or null.</summary>
    public string? Failure { get; private set; }

    /// <summary>Records the first failure; later ones are kept out (the first is the cause).</summary>
    public void Fail(int exitCode, string failure)
    {
        lock (gate)
        {
            if (Failure is null)
            {
                ExitCode = exitCode;
                Failure = failure;
            }
        }
    }
}
