using System.Text.RegularExpressions;

namespace NewsBot.Core.Answering;

/// <summary>
/// A question for what someone said ("what did Ida Sund say after the match", "what did the governor announce") and a
/// sentence that reports a saying ("Governor Hanna Ekdahl said …", "called the vote …", a quotation). "Scored the winner
/// in the 88th minute" reports no saying. A question that only frames what was said ("what did Sony say it will stop
/// making") asks for the thing said, which a story may state without a saying verb.
/// </summary>
internal static partial class Speech
{
    public static bool Asked(string question) => Question().IsMatch(question);

    public static bool In(string sentence) => Sentence().IsMatch(sentence);

    [GeneratedRegex(@"\bwhat (did|does|do|has|have|will|would)\s+(\S+\s+){1,4}?(say|tell|announce|claim|argue|write|post|tweet|warn|promise)\b(?!\s+(it|that|he|she|they|we|its|their|there)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Question();

    [GeneratedRegex(@"\b(said|says|say|saying|told|tells|added|argued|claimed|announced|announces|stated|wrote|writes|called|calls|warned|warns|urged|urges|insisted|noted|denied|admitted|described|promised|pledged|vowed|according to|statement|interview|spokesperson|spokesman|spokeswoman)\b|[""“”]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Sentence();
}
