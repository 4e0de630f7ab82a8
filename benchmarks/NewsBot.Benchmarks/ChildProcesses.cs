using System.Runtime.InteropServices;

namespace NewsBot.Benchmarks;

/// <summary>
/// What the child processes this process has waited for used, from <c>getrusage(RUSAGE_CHILDREN)</c> (Linux only):
/// the peak resident set of the largest, and the CPU time of all together. The peak includes this process's own peak
/// RSS at the time it started the child (Linux carries it into the child's <c>ru_maxrss</c> at exec), so it is no
/// measure of a small child started by a large process.
/// </summary>
internal static class ChildProcesses
{
    private const int RusageChildren = -1;

    /// <summary>Peak RSS in MiB and CPU seconds (user and system), or null where <c>getrusage</c> is not read (not Linux).</summary>
    public static (double PeakRssMiB, double CpuSeconds)? Usage()
    {
        if (!OperatingSystem.IsLinux() || GetResourceUsage(RusageChildren, out var usage) != 0)
        {
            return null;
        }

        var cpu = usage.UserSeconds + usage.SystemSeconds + ((usage.UserMicroseconds + usage.SystemMicroseconds) / 1e6);
        return (usage.MaxRssKiB / 1024.0, cpu);
    }

    [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static extern int GetResourceUsage(int who, out ResourceUsage usage);

    /// <summary>Linux's <c>struct rusage</c> on 64-bit: two <c>timeval</c>s, then fourteen longs, the first of them <c>ru_maxrss</c> in KiB.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 144)]
    private struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxRssKiB;
    }
}
