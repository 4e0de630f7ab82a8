using System.Text.RegularExpressions;
using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>
/// The part of a question that asks: in "Sen. Feinstein will not run again in 2024. What year was she first elected?"
/// the last sentence asks and the first only says which story is meant. Retrieval needs all of it; the answering
/// sentence is the one that holds what the asking part asks, not the one that repeats the preamble. A clause naming
/// the source ("…, according to a new study?") says who reports the answer, not what is asked, and is left out too.
/// </summary>
internal static partial class QuestionFocus
{
    /// <summary>The stems of the asking part when a preamble or a source clause comes with it, else null (the whole question asks).</summary>
    public static IReadOnlySet<string>? Of(string question) => TextOf(question) is { } asking ? QuestionKeywords.Stems(asking) : null;

    /// <summary>The asking part when a preamble or a source clause comes with it, else null.</summary>
    public static string? TextOf(string question)
    {
        var parts = SentenceSplitter.SplitText(question).Where(p => Terms.Keywords(p).Any()).ToList();
        var asking = parts.FindLastIndex(p => p.TrimEnd().EndsWith('?') || p.TrimEnd().EndsWith(':'));
        var text = parts.Count >= 2 && asking > 0 ? string.Join(' ', parts.Skip(asking))
            : ChattyAsk().Match(question) is { Success: true } chatty && Terms.Keywords(chatty.Groups["before"].Value).Any() ? chatty.Groups["ask"].Value
            : Wondered().Match(question) is { Success: true } wondered && Terms.Keywords(wondered.Groups["before"].Value).Any() ? wondered.Groups["ask"].Value
            : question;
        var unsourced = WithoutSource(text);
        return ReferenceEquals(text, question) && unsourced == text ? null : unsourced;
    }

    /// <summary>The text without a clause naming the source ("according to the central bank"); the text as it is when nothing else would be left.</summary>
    public static string WithoutSource(string text)
    {
        var unsourced = SourceClause().Replace(text, string.Empty).Trim();
        return Terms.Keywords(unsourced).Any() ? unsourced : text;
    }

    /// <summary>
    /// A question asked after a dash or a sentence that the splitter does not see end, as people write in a chat ("hey,
    /// my cousin lives on the islands - when did the ferries start sailing again?", "i live in millbrook. is the river
    /// still rising?"): the asking part opens with a question word and runs to the end.
    /// </summary>
    [GeneratedRegex(@"^(?<before>.+?)(?:[.!;]|\s[-–—]+)\s+(?<ask>(?:who|whom|whose|what|whats|what's|when|where|why|how|which|is|are|was|were|do|does|did|will|would|can|could|has|have|had|should)\b[^.!;?]*\??)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChattyAsk();

    /// <summary>
    /// A question told as someone's wondering after a preamble, as people write in a chat ("my grandmother lives on the
    /// islands and she was asking whether the boats are running again, do you know"): the asking part is what they
    /// wonder, without the "do you know" tagged on.
    /// </summary>
    [GeneratedRegex(@"^(?<before>.+?)\b(?:asking|asked|asks|wondering|wondered|wonders|wants to know|wanted to know|want to know)\s+(?:me\s+|you\s+|us\s+)?(?<ask>(?:whether|if|when|where|why|how|what|who|which)\b[^.!;?,]*)(?:,?\s*(?:do you know|does anyone know|any idea)(?:\s+anything)?)?\s*\??\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Wondered();

    /// <summary>"According to the Justice Department," opening a question, or ", according to a new study" closing a clause.</summary>
    [GeneratedRegex(@"^\s*according to [^,?]+,\s*|,?\s*\baccording to [^,?]+(?=[,?]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceClause();
}
