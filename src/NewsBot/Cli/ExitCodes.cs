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
}
