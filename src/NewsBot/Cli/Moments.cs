using System.Globalization;

namespace NewsBot.Cli;

/// <summary>Reads a date or a moment given on the command line or in a questions file; a date alone is the start of that day, UTC.</summary>
internal static class Moments
{
    public static DateTimeOffset? Parse(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moment)
            ? moment
            : null;
}
