namespace NewsBot.Cli;

/// <summary>Process exit codes of <c>newsbot</c>.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int SomeFailed = 1;
    public const int BadSettings = 2;
    public const int IndexMismatch = 3;
    public const int BadInput = 4;
    public const int Unavailable = 5;

    /// <summary>
    /// Stopped by Ctrl+C (SIGINT) or SIGTERM before the verb finished: 128 + 2, the shell's code for an interrupted
    /// command, for both signals, so a script has one code to test for "stopped, what finished is kept".
    /// </summary>
    public const int Stopped = 130;
}
