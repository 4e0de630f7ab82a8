using System.Text.RegularExpressions;

namespace NewsBot.Core.Answering;

/// <summary>
/// A request for a summary, worded as one ("give me a quick summary of the rate decision", "i'd like a recap of the cup
/// final", "can you give me a short update on the tram"), asks about its topic as "tell me about" does. Without this,
/// "give", "quick" and "recap" counted as words the story must hold, and a story that answers was declined. A question
/// asking what stories came out ("what stories came out on 21 November", "which articles were published yesterday") asks
/// what was reported then, as a briefing answers.
/// </summary>
internal static partial class RequestWording
{
    /// <summary>
    /// The question with a summary request at its start written as "tell me about", "what stories came out" as "what was
    /// reported", and "can you tell me who …" as "who …".
    /// </summary>
    public static string Mend(string question)
    {
        question = Published().Replace(question, "what was reported", 1);
        question = EmbeddedQuestion().Replace(question, string.Empty, 1);
        var match = SummaryRequest().Match(question);
        return match.Success && match.Length < question.Trim().Length
            ? question[..match.Index] + "tell me about " + question[(match.Index + match.Length)..]
            : question;
    }

    /// <summary>
    /// An optional "can you give me", "i'd like" or "please", then a kind of summary ("a quick summary", "an update", "the
    /// gist") and the word that names its topic ("of", "on", "about").
    /// </summary>
    [GeneratedRegex(
        @"^\s*(?:(?:hey|hi|ok|okay)\b[,!]?\s*)?(?:please\s+)?(?:(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?(?:give|send|get|show|write)\s+(?:me|us)\s+|i'?d\s+like\s+|i\s+(?:would\s+like|want|need)\s+)?(?:(?:a|an|the|some|your)\s+)?(?:(?:quick|short|brief|fast|little|rough|one-line)\s+)?(?:summary|summing-up|recap|rundown|run-down|overview|update|gist|breakdown|round-?up|briefing|outline)\s+(?:of|on|about|for|regarding)\s+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SummaryRequest();

    /// <summary>
    /// A request to be told the answer to a question ("can you tell me who built the wind farm", "do you know when", "any
    /// idea how much"), before its asking word: the question is what follows.
    /// </summary>
    [GeneratedRegex(
        @"^\s*(?:(?:hey|hi|ok|okay|so)\b[,!]?\s*)?(?:please\s+)?(?:(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?tell\s+(?:me|us)|do\s+you\s+know|does\s+anyone\s+know|any\s+idea|i\s+(?:want|wanna|would\s+like|'d\s+like|’d\s+like)\s+to\s+know|i\s+wonder|i'm\s+wondering)\s+(?=(?:who|what|when|where|why|how|which|whose)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmbeddedQuestion();

    /// <summary>"What stories came out", "which articles were published", "what news appeared": what was reported.</summary>
    [GeneratedRegex(
        @"^\s*(?:what|which)\s+(?:news|stories|articles|headlines|reports|pieces)\s+(?:came\s+out|come\s+out|have\s+come\s+out|were\s+published|was\s+published|got\s+published|have\s+been\s+published|appeared|ran|went\s+out|were\s+there)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Published();
}
