using System.Diagnostics;
using System.Globalization;

namespace NewsBot.Tests.Cli;

/// <summary>A <c>newsbot</c> process started by <see cref="NewsBotProcess.Start"/>, its output read as it comes.</summary>
internal sealed class RunningNewsBot : IDisposable
{
    private readonly Process process;
    private readonly Task<string> output;
    private readonly Task<string> error;

    public RunningNewsBot(Process process)
    {
        this.process = process;
        output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
    }

    public bool HasExited => process.HasExited;

    /// <summary>Sends a POSIX signal by name (TERM, INT) with the system's <c>kill</c>, as a service manager would.</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", ["-" + name, process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>Ends the process at once (SIGKILL): no handler runs, as when the machine loses power.</summary>
    public void Kill() => process.Kill(entireProcessTree: true);

    public async Task<(int Exit, string Output, string Error)> WaitAsync()
    {
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }
}
