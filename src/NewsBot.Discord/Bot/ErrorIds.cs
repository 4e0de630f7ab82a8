using System.Security.Cryptography;

namespace NewsBot.Discord.Bot;

/// <summary>Short ids that tie what a user is told about a failure to the log line with its exception.</summary>
internal static class ErrorIds
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
}
