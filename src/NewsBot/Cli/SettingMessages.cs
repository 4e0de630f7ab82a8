using System.Text.RegularExpressions;

namespace NewsBot.Cli;

/// <summary>Turns options-validation failures into the plain sentence each rule carries.</summary>
internal static partial class SettingMessages
{
    public static string Clean(string failure)
    {
        var match = DataAnnotationFailure().Match(failure);
        return match.Success ? match.Groups["message"].Value : failure;
    }

    [GeneratedRegex(@"with the error: '(?<message>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();
}
