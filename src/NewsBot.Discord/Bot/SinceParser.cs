using System.Globalization;

namespace NewsBot.Discord.Bot;

/// <summary>Reads <c>/ask</c>'s <c>since</c>: a date (YYYY-MM-DD) or day, week or month back from now.</summary>
internal static class SinceParser
{
    public static bool TryParse(string text, DateTimeOffset now, out DateTimeOffset from)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "day" or "today":
                from = now.AddDays(-1);
                return true;
            case "week":
                from = now.AddDays(-7);
                return true;
            case "month":
                from = now.AddDays(-30);
                return true;
        }

        return DateTimeOffset.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out from);
    }
}
