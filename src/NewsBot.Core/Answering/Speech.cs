using System.Text.RegularExpressions;
using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>
/// A question for what someone said ("what did Ida Sund say after the match", "what did the governor announce", "what does
/// the mayor think of the tram", which news tells by what the mayor said) and a sentence that reports a saying ("Governor
/// Hanna Ekdahl said …", "called the vote …", a quotation). "Scored the winner in the 88th minute" reports no saying. A
/// question that only frames what was said ("what did Sony say it will stop making") asks for the thing said, which a
/// story may state without a saying verb.
/// </summary>
internal static partial class Speech
{
    public static bool Asked(string question) => Question().IsMatch(question);

    public static bool In(string sentence) => Sentence().IsMatch(sentence);

    /// <summary>The words of who a question asks the saying of ("mayors", "office" in "what did the mayors office say"); empty when none.</summary>
    public static IReadOnlyList<string> Speaker(string question) =>
        Question().Match(question) is { Success: true } m
            ? [.. Terms.Words(string.Concat(m.Groups[2].Captures.Select(c => c.Value))).Where(w => !Terms.IsStopWord(w))]
            : [];

    /// <summary>
    /// Whether the sentence reports a saying by someone whose words share a stem with <paramref name="speaker"/>: "The
    /// mayor's office said the higher figure counts rolling stock", not "an estimate … above the figure announced by the
    /// mayor", whose saying is the estimate's. A clause between commas describing the speaker ("Councillor Petra Holm,
    /// who voted against, said") stands between the speaker and the verb only.
    /// </summary>
    public static bool By(string sentence, IReadOnlyList<string> speaker) =>
        speaker.Count > 0 && Sayer(sentence) is { } subject && Names(subject, speaker);

    /// <summary>
    /// Whether the sentence reports a saying by someone other than <paramref name="speaker"/>: "Supporters say the line will
    /// cut the journey" is not what the tram's opponents or the mayor said.
    /// </summary>
    public static bool ByAnother(string sentence, IReadOnlyList<string> speaker) =>
        speaker.Count > 0 && Sayer(sentence) is { } subject && !Names(subject, speaker);

    /// <summary>The subject of the sentence's verb of saying, past a clause describing it; null when it reports no saying.</summary>
    private static string? Sayer(string sentence) => SubjectOfVerb.In(RelativeClause().Replace(sentence, " "), stem => Verb().IsMatch(stem));

    /// <summary>Whether a word of <paramref name="subject"/> shares a stem with a word of <paramref name="speaker"/>.</summary>
    private static bool Names(string subject, IReadOnlyList<string> speaker) =>
        Terms.Words(subject).Any(w => speaker.Any(s => Terms.Stem(s) == Terms.Stem(w)));

    /// <summary>Whether <paramref name="stem"/> is the stem of a verb of saying ("said", "told", "announc").</summary>
    public static bool IsSaying(string stem) => Verb().IsMatch(stem);

    /// <summary>The stems of the verbs of saying a speaker comes right before.</summary>
    [GeneratedRegex(@"^(said|say|tell|told|announc|claim|argu|warn|stat|insist|wrot|writ|promis|add)$", RegexOptions.CultureInvariant)]
    private static partial Regex Verb();

    [GeneratedRegex(@"\bwhat (did|does|do|has|have|will|would)\s+(\S+\s+){1,4}?(say|tell|announce|claim|argue|write|post|tweet|warn|promise|think|feel)\b(?!\s+(it|that|he|she|they|we|its|their|there)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Question();

    [GeneratedRegex(@"\b(said|says|say|saying|told|tells|added|argued|claimed|announced|announces|stated|wrote|writes|called|calls|warned|warns|urged|urges|insisted|noted|denied|admitted|described|promised|pledged|vowed|according to|statement|interview|spokesperson|spokesman|spokeswoman)\b|[""“”]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Sentence();

    /// <summary>A relative clause set off by commas: ", who voted against,".</summary>
    [GeneratedRegex(@",\s*(?:who|whose|which)\b[^,]*,", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeClause();
}
