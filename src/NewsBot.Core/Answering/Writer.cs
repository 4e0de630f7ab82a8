using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Answering;

/// <summary>
/// Answers "who wrote the article about the tram vote", "who reported on the flood for the Northern Wire" or "who reported
/// for the Courier on the tram": the byline of the story the bot would cite for the topic, which an article keeps as
/// metadata rather than in its text. So too "when was the library story published": the story's date; and "which outlets
/// covered the ferry strike": the outlets of the stories cited for it.
/// </summary>
public static partial class Writer
{
    /// <summary>
    /// The topic of a question asking who wrote a story or when it was published, as a question the answerer can find the
    /// story by ("tell me about the tram vote"); null for any other question. "Who wrote the letter" or "who covered the
    /// costs" asks about the news, so a verb counts only before "about"/"on" or a word for a story (which up to three words
    /// of its topic may come before: "the tram article"); "the author of" always does.
    /// </summary>
    public static string? Topic(string question)
    {
        if (DateAsked().Match(question) is { Success: true } dated)
        {
            var words = $"{dated.Groups["topic"].Value} {dated.Groups["rest"].Value}".Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length == 0 ? null : "tell me about " + string.Join(' ', words);
        }

        // "Which outlets covered the ferry strike": the stories the answerer cites for it, by outlet.
        if (OutletsAsked().Match(question) is { Success: true } outlets)
        {
            var about = outlets.Groups["topic"].Value.TrimEnd('?', '.', '!').Trim();
            return about.Length == 0 ? null : "tell me about " + about;
        }

        if (Asked().Match(question) is not { Success: true } asked)
        {
            return null;
        }

        // "Who wrote the tram article": the words before the word for a story say its topic too.
        var topic = string.Join(' ', (asked.Groups["topic"].Value + question[(asked.Index + asked.Length)..]).Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('?', '.', '!').Trim();
        if (topic.Length == 0)
        {
            return null;
        }

        // "Who reported for the Courier on the tram": the outlet stays in the topic, where the answerer reads it.
        return asked.Groups["outlet"].Success ? $"tell me about {topic} from the {asked.Groups["outlet"].Value}" : "tell me about " + topic;
    }

    /// <summary>
    /// Who wrote the first article <paramref name="about"/> cites, or the day it was published when that is asked, cited as
    /// it; says so when the article names no writer or gives no day.
    /// </summary>
    internal static async Task<GroundedAnswer> ComposeAsync(string question, GroundedAnswer about, IChunkStore store, CancellationToken cancellationToken)
    {
        if (OutletsAsked().Match(question) is { Success: true } outletsAsked)
        {
            // "Which paper reported the tram cost at 240 million": only a story giving the figure asked about reported it.
            var figures = outletsAsked.Groups["topic"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsDigit)).Select(w => w.Trim('?', '.', '!', ',')).ToList();
            var reporting = new List<Citation>();
            foreach (var citation in about.Citations)
            {
                var body = figures.Count == 0 ? string.Empty : (await store.GetArticleAsync(citation.ArticleId, cancellationToken))?.Article.Body ?? string.Empty;
                if (figures.All(f => body.Contains(f, StringComparison.OrdinalIgnoreCase)))
                {
                    reporting.Add(citation);
                }
            }

            reporting = reporting.Count > 0 ? reporting : [about.Citations[0]];
            var stories = reporting.Select((c, i) => $"{c.Outlet ?? "an outlet not named"} (\"{c.Title}\"{(c.Published is { } on ? ", " + Day(on) : string.Empty)}) [{i + 1}]").ToList();
            var listed = stories.Count == 1 ? stories[0] : string.Join(", ", stories.SkipLast(1)) + " and " + stories[^1];
            return new GroundedAnswer(question, about.AskedAt, $"Reported by {listed}.", Declined: false, [.. reporting.Select((c, i) => c with { Number = i + 1 })], about.Passages);
        }

        var cited = about.Citations[0];
        var titled = $"\"{cited.Title}\" ({cited.Outlet ?? "no outlet named"}";
        string text;
        if (DateAsked().IsMatch(question))
        {
            text = cited.Published is { } day ? $"{titled}) was published on {Day(day)}. [1]" : $"{titled}) does not give the day it was published. [1]";
        }
        else
        {
            var byline = (await store.GetArticleAsync(cited.ArticleId, cancellationToken))?.Article.Byline;
            var story = cited.Published is { } published ? $"{titled}, {Day(published)})" : $"{titled})";
            text = string.IsNullOrWhiteSpace(byline) ? $"{story} does not name its writer. [1]" : $"{story} was written by {byline.Trim()}. [1]";
        }

        return new GroundedAnswer(question, about.AskedAt, text, Declined: false, [cited with { Number = 1 }], about.Passages);
    }

    private static string Day(DateTimeOffset day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    [GeneratedRegex(
        @"^\s*(?:(?:and|so|but|ok|okay)\s*,?\s+)?(?:who\s+(?:has\s+|had\s+)?(?:wrote|writes|written|authored|reported|covered)\s+(?:(?:for\s+(?:the\s+)?(?<outlet>[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)\s+)?(?:about|on)\b|(?:(?:the|this|that|an?|their|its)\s+)?(?<topic>(?:(?!(?:article|story|report|piece|coverage)s?\b)[\p{L}\d'’-]+\s+){0,3}?)(?:article|story|report|piece|coverage)s?\b(?:\s+(?:about|on|of)\b)?)|(?:who(?:'s|\s+is|\s+was)|what\s+is\s+the\s+name\s+of)\s+the\s+(?:author|writer|reporter|journalist)s?\s+(?:of|behind|for|on)\b(?:\s+(?:the|this|that|an?)\s+(?:article|story|report|piece)s?\b(?:\s+(?:about|on|of)\b)?)?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Asked();

    /// <summary>
    /// "When was the library story published", "what day did the story about the flood come out": group "topic" holds the
    /// words before the word for a story, "rest" those after "about/on/of".
    /// </summary>
    [GeneratedRegex(
        @"^\s*(?:when|what\s+day|what\s+date|which\s+day|on\s+what\s+(?:day|date))\s+(?:was|were|did|is)\s+(?:(?:the|this|that|an?)\s+)?(?<topic>(?:(?!(?:article|story|report|piece)s?\b)[\p{L}\d'’-]+\s+){0,3}?)(?:article|story|report|piece)s?\b(?:\s+(?:about|on|of)\s+(?<rest>[^?]+?))?\s+(?:first\s+)?(?:published|written|released|posted|printed|run|come\s+out|came\s+out|appear|appeared|out)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateAsked();

    /// <summary>"Which outlets covered the ferry strike", "what papers reported on the tram vote": group "topic" holds what was reported.</summary>
    [GeneratedRegex(
        @"^\s*(?:which|what)\s+(?:news\s+)?(?:outlets?|papers?|newspapers?|sources?|media|sites?|publications?)\s+(?:have\s+|has\s+|did\s+)?(?:reported|report|covered|cover|wrote|write|written|published|publish|ran|run)\s+(?:(?:on|about)\s+)?(?<topic>.+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OutletsAsked();
}
