using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot;

/// <summary>
/// Checks the <c>Logging:…:LogLevel:…</c> settings before the host is built: the logging library rejects a bad level
/// with an exception that names only the value, thrown while the host is being built.
/// </summary>
internal static class LogLevelSettings
{
    /// <exception cref="OptionsValidationException">A level is not one of <see cref="LogLevel"/>'s names; one sentence each, naming the key.</exception>
    public static void Check(IConfiguration configuration)
    {
        var names = Enum.GetNames<LogLevel>();
        var failures = configuration.GetSection("Logging").AsEnumerable()
            .Where(setting => setting.Value is { Length: > 0 } && IsLevelKey(setting.Key) && !Enum.TryParse<LogLevel>(setting.Value, ignoreCase: true, out _))
            .Select(setting => $"{setting.Key} must be {string.Join(", ", names[..^1])} or {names[^1]}, not '{setting.Value}'.")
            .ToList();
        if (failures.Count > 0)
        {
            throw new OptionsValidationException("Logging", typeof(LoggerFilterOptions), failures);
        }
    }

    private static bool IsLevelKey(string key)
    {
        var segments = key.Split(':');
        return segments.Length >= 2 && segments[^2].Equals("LogLevel", StringComparison.OrdinalIgnoreCase);
    }
}
