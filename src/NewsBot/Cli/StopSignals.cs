using System.Runtime.InteropServices;

namespace NewsBot.Cli;

/// <summary>
/// Turns Ctrl+C (SIGINT) and SIGTERM into a cancelled token instead of an abrupt end, so a verb stops at its next
/// await and says what it finished (<c>index</c> keeps every article it wrote; see <see cref="ExitCodes.Stopped"/>).
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly PosixSignalRegistration[] registrations;

    public StopSignals() =>
        registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
        ];

    /// <summary>Cancelled when either signal arrives.</summary>
    public CancellationToken Token => stop.Token;

    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }

        stop.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        stop.Cancel();
    }
}
