using System.Text.RegularExpressions;

namespace NewsBot.Testing.Discord;

/// <summary>Discord's required bot User-Agent form: <c>DiscordBot ($url, $versionNumber)</c>, optionally followed by more.</summary>
public static partial class DiscordUserAgent
{
    /// <summary>True when <paramref name="userAgent"/> starts with <c>DiscordBot (url, version)</c>.</summary>
    public static bool IsValid(string userAgent) => Form().IsMatch(userAgent);

    [GeneratedRegex(@"^DiscordBot \([^,()\s]+, [^,()\s]+\)")]
    private static partial Regex Form();
}
