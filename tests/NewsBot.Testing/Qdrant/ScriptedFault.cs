using Grpc.Core;

namespace NewsBot.Testing.Qdrant;

/// <summary>
/// What the stand-in does to the next matching call instead of (or before) serving it: hold it for
/// <see cref="Delay"/>, then fail it with <see cref="Status"/> when given.
/// </summary>
public sealed record ScriptedFault(string? Method, Status? Status, TimeSpan Delay)
{
    /// <summary>True when the fault applies to <paramref name="method"/> ("qdrant.Points/Query"); a bare name ("Query") matches any service.</summary>
    public bool AppliesTo(string method) =>
        Method is null || method == Method || method.EndsWith("/" + Method, StringComparison.Ordinal);
}
