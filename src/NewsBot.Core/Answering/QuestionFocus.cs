using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>
/// The part of a question that asks: in "Sen. Feinstein will not run again in 2024. What year was she first elected?"
/// the last sentence asks and the first only says which story is meant. Retrieval needs all of it; the answering
/// sentence is the one that holds what the asking part asks, not the one that repeats the preamble.
/// </summary>
internal static class QuestionFocus
{
    /// <summary>The stems of the asking sentence when a preamble comes before it, else null (the whole question asks).</summary>
    public static IReadOnlySet<string>? Of(string question) => TextOf(question) is { } asking ? QuestionKeywords.Stems(asking) : null;

    /// <summary>The asking sentence when a preamble comes before it, else null.</summary>
    public static string? TextOf(string question)
    {
        var parts = SentenceSplitter.SplitText(question).Where(p => Terms.Keywords(p).Any()).ToList();
        if (parts.Count < 2)
        {
            return null;
        }

        var asking = parts.FindLastIndex(p => p.TrimEnd().EndsWith('?') || p.TrimEnd().EndsWith(':'));
        return asking <= 0 ? null : string.Join(' ', parts.Skip(asking));
    }
}
