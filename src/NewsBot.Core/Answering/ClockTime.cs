using System.Text.RegularExpressions;

namespace NewsBot.Core.Answering;

/// <summary>
/// A question for a time of day ("what time does the library open", "at what hour", "the opening hours") and a sentence
/// that gives one ("the first boat leaves at 6 am", "at 14:30", "by noon", "until eight in the evening"). "Reopened on
/// Tuesday" does not say at what time; "in what time" asks how long something took, which <see cref="FigureKind"/> reads,
/// and "what time of year" a season or a date.
/// </summary>
internal static partial class ClockTime
{
    public static bool Asks(string question) => Question().IsMatch(question);

    public static bool In(string sentence) => Sentence().IsMatch(sentence);

    [GeneratedRegex(@"(?<!\bin\s)\b(what|which) time\b(?!\s+of\s+(?:the\s+)?year\b)|\bat what hour\b|\b(opening|closing) (hours|times)\b|\bwhat hours\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Question();

    [GeneratedRegex(@"\b\d{1,2}([:.]\d{2})?\s*(am|pm|a\.m\.|p\.m\.)(?!\w)|\b\d{1,2}:\d{2}\b|\b(noon|midday|midnight|o'clock|o’clock)\b|\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(in the (morning|afternoon|evening)|at night)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Sentence();
}
