using System.Globalization;
using System.Numerics.Tensors;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using NewsBot.Core.Retrieval;
using NewsBot.Core.Storage;
using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>
/// Answers "What happened this week?", "Any news from Port Ellery today?": the leading stories of the window the
/// question names (the past week when it names none), those most reported first, one story per event, one cited
/// sentence each, as many as fit in the answer's word limit, told newest first.
/// </summary>
internal sealed partial class Briefing(IChunkStore store, IEmbeddingGenerator<string, Embedding<float>> embedder, int maxWords, CitationCheckSettings check)
{
    private const int Stories = 4;

    /// <summary>Most articles read for one briefing, newest first: a briefing tells the latest news, never the whole archive.</summary>
    private const int MaxRead = 500;

    /// <summary>Cosine of headline-and-lead above which two reports are taken for one event (MiniLM: one event 0.57–0.74, neighbours under 0.4).</summary>
    internal const double SameEventSimilarity = 0.5;

    /// <summary>Words that ask for news in general rather than about a topic.</summary>
    private static readonly HashSet<string> GeneralWords = new(StringComparer.Ordinal)
    {
        "happen", "happened", "happening", "new", "news", "latest", "going", "anything", "stories", "story", "headlines",
        "top", "main", "big", "biggest", "today", "week", "weekend", "yesterday", "month", "lately", "everything", "update",
        "updates", "events", "around", "local", "any", "whats", "earlier", "later", "recently", "fortnight", "miss", "missed",
        "articles", "article", "list", "show", "give",
    };

    /// <summary>Verbs of reporting, which ask what the news said ("what was reported on November 18"), not about a topic.</summary>
    private static readonly HashSet<string> ReportingWords = new(StringComparer.Ordinal)
    {
        "report", "reported", "reports", "say", "said", "says", "write", "wrote", "written", "publish", "published", "cover", "covered",
    };

    /// <summary>The months' names, which name a briefing's window ("in November"), not a topic.</summary>
    private static readonly HashSet<string> Months = new(
        CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Where(m => m.Length > 0).Select(m => m.ToLowerInvariant()),
        StringComparer.Ordinal);

    /// <summary>
    /// The words of a question asking for news about a topic ("what's going on with the ferries", "any news on the
    /// tram") that only ask for news, which no report need hold; none for any other question.
    /// </summary>
    public static IReadOnlySet<string> AskingWords(string question)
    {
        // "What's special about the library": the word only asks what the news says of it.
        if (AboutAsked().Match(question) is { Success: true } about)
        {
            return new HashSet<string>([about.Groups["word"].Value.ToLowerInvariant()], StringComparer.Ordinal);
        }

        if (!Pattern().IsMatch(question))
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        // "What's the deal with the tram", "what's the situation with the ferries": the noun only asks for news too.
        return TopicAsked().Match(question) is { Success: true } asked
            ? new HashSet<string>(GeneralWords.Append(asked.Groups["noun"].Value.ToLowerInvariant()), StringComparer.Ordinal)
            : GeneralWords;
    }

    /// <summary>
    /// Whether the question asks for a briefing: news in general, or about a named place ("in Port Ellery") only. A
    /// question typed in lower case names its <paramref name="lowerCaseNames"/> (see
    /// <see cref="QuestionNames.WrittenAsNameGroups"/>: "what happened in millbrook today"). <paramref name="windowNamed"/>
    /// tells that retrieval read a window of time from it ("last month"), whose words are then no longer keywords.
    /// </summary>
    public static bool Asks(string question, IReadOnlyList<string> keywords, IReadOnlyList<QuestionName> lowerCaseNames, bool windowNamed = false)
    {
        // "What did the Courier report on November 17?" (its outlet and its reporting verb already set apart: "what did on
        // November 17") names only a time: that day's news. So does "what did the Courier report last month".
        // The words naming a time ("since the 19th", "in early November") ask no topic either.
        var time = Time.TemporalParser.TimeWords(question);
        if (Reported().IsMatch(question) && (windowNamed || keywords.Any(k => !ReportingWords.Contains(k))) && keywords.All(k => AsksNoTopic(k, time)))
        {
            return true;
        }

        if (!Pattern().IsMatch(question))
        {
            return false;
        }

        var names = QuestionNames.Of(question) is { Count: > 0 } written ? written : lowerCaseNames.SelectMany(n => n.Words).ToHashSet(StringComparer.Ordinal);
        return keywords.Where(k => !AsksNoTopic(k, time)).All(names.Contains);
    }

    public async Task<GroundedAnswer> ComposeAsync(AnswerRequest request, RetrievalResult retrieval, List<UsedPassage> passages, CancellationToken cancellationToken)
    {
        var askedAt = retrieval.AskedAt;
        var named = retrieval.Window
            ?? Time.TemporalParser.Day(request.Question, askedAt)
            ?? Time.TemporalParser.Month(request.Question, askedAt);
        var window = named ?? new Time.TimeWindow(askedAt.AddDays(-7), askedAt, "the past week");
        var time = Time.TemporalParser.TimeWords(request.Question);
        var place = retrieval.Keywords.Where(k => !AsksNoTopic(k, time)).ToList();
        var latest = askedAt.AddDays(1);
        var outlets = new SearchFilter { Outlets = request.Filter.Outlets, To = latest };

        // The window's articles (its edges widened by the slack window.Holds allows), else the newest before the ask-time.
        var inWindow = (await ReadAsync(outlets with { From = window.From.AddDays(-1), To = window.To.AddHours(3) < latest ? window.To.AddHours(3) : latest }, place, cancellationToken))
            .Where(a => window.Holds(a.Published!.Value) && !window.TellsOnlyOfTheNextDay(a.Published!.Value, a.Body))
            .ToList();
        // A window's leading stories are those most reported, unless the newest are asked for ("what's the latest news").
        var stories = inWindow.Count > 0
            ? await DistinctAsync(SpreadOverDays(inWindow), leadingFirst: !Newest().IsMatch(request.Question), cancellationToken)
            : await DistinctAsync(await ReadAsync(outlets, place, cancellationToken), leadingFirst: false, cancellationToken);
        if (stories.Count == 0)
        {
            return new GroundedAnswer(request.Question, askedAt, ExtractiveAnswerService.DeclineText, Declined: true, [], passages);
        }

        // The stories that fit the word limit, in the order chosen (one too long leaves room for a shorter one after it),
        // then told newest first.
        var told = new List<(Articles.Article Article, string Lead)>();
        var words = 0;
        foreach (var story in stories)
        {
            var storyLead = Lead(story.Body, story.Title);
            var length = storyLead.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (told.Count > 0 && words + length > maxWords)
            {
                continue;
            }

            words += length;
            told.Add((story, storyLead));
        }

        var parts = new List<string>();
        var sources = new List<SourcePassage>();
        foreach (var (article, lead) in told.OrderByDescending(t => t.Article.Published))
        {
            var number = sources.Count + 1;
            sources.Add(new SourcePassage(article.Id, article.Id, article.Title, article.Outlet, article.Published, article.Url, article.Body));
            var day = article.Published!.Value.ToString("d MMMM", CultureInfo.InvariantCulture);
            parts.Add($"{day}: {Attribution.Attribute(article.Outlet, lead, article.Body)} [{number}]");
            if (stories.Count == 1 && PlaceSentence(article.Body, place, lead) is { } said)
            {
                parts.Add($"{said} [{number}]");
            }
        }

        var checkedText = CitationCheck.CheckClaims(parts, sources, check);
        // "What happened to the Grey Heron?" names no time: its latest news is dated, not said to be missing from a week
        // the asker never named. "Any news?" asks for the past week's, so says when there is none.
        var text = inWindow.Count > 0 ? checkedText.Text
            : named is null && place.Count > 0 && stories[0].Published is { } published ? AnswerComposer.LatestReport(published) + " " + checkedText.Text
            : AnswerComposer.OutsideWindow(window.Phrase, stories[0].Published) + " " + checkedText.Text;
        return new GroundedAnswer(request.Question, askedAt, text, Declined: false, checkedText.Citations, passages);
    }

    /// <summary>Whether a word of the question only asks for news, how it was reported, or names its time ("November 2026", "the 21st").</summary>
    private static bool IsGeneral(string word) =>
        GeneralWords.Contains(word) || ReportingWords.Contains(word) || Months.Contains(word) || Year().IsMatch(word) || DayOfMonth().IsMatch(word);

    /// <summary>Whether a word of the question asks no topic: it is general (see <see cref="IsGeneral"/>) or one of the <paramref name="time"/> words naming its day or month.</summary>
    private static bool AsksNoTopic(string word, IReadOnlySet<string> time) => IsGeneral(word) || time.Contains(word);

    /// <summary>The newest dated articles within <paramref name="filter"/> that mention the place, if one is named; newest first (one day's by headline, so that the same news gives the same briefing wherever it is stored).</summary>
    private async Task<List<Articles.Article>> ReadAsync(SearchFilter filter, List<string> place, CancellationToken cancellationToken) =>
        [.. (await store.ListRecentAsync(filter, MaxRead, cancellationToken))
            .Select(s => s.Article)
            .Where(a => place.Count == 0 || Mentions(a.Title + " " + a.Body, place))
            .OrderByDescending(a => a.Published)
            .ThenBy(a => a.Title, StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)];

    /// <summary>
    /// A window's articles (newest first) with each day's newest story before any day's second: "what happened this week"
    /// asked on a Saturday tells the week's days, not only two stories of that Saturday. The latest reports given when
    /// the window has none stay newest first, as they follow "the latest report is from".
    /// </summary>
    private static List<Articles.Article> SpreadOverDays(List<Articles.Article> articles) =>
        [.. articles
            .Select((article, i) => (Article: article, Order: i))
            .GroupBy(a => a.Article.Published?.UtcDateTime.Date)
            .SelectMany(day => day.OrderBy(a => a.Order).Select((a, rank) => (a.Article, a.Order, Rank: rank)))
            .OrderBy(a => a.Rank)
            .ThenBy(a => a.Order)
            .Select(a => a.Article)];

    /// <summary>
    /// Newest first, leaving out a later report of an event already listed: most headline words shared, or headline and
    /// first sentence meaning nearly the same (two outlets seldom headline one event alike, but their leads tell it alike).
    /// With <paramref name="leadingFirst"/>, an event more reports told comes before one fewer did ("what happened in
    /// November" leads with the tram vote both papers covered, not only the month's last days), newest first among equals.
    /// </summary>
    private async Task<List<Articles.Article>> DistinctAsync(List<Articles.Article> articles, bool leadingFirst, CancellationToken cancellationToken)
    {
        var candidates = articles.Take(3 * Stories).ToList();
        var leads = candidates.Select(a => a.Title + ". " + Lead(a.Body, a.Title)).ToList();
        var vectors = leads.Count == 0 ? [] : await embedder.GenerateAsync(leads, cancellationToken: cancellationToken);
        var titles = candidates.Select(a => Stems(a.Title)).ToList();
        var kept = new List<int>();
        var reports = new int[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var same = kept.FindIndex(k => SharesHeadline(titles[k], titles[i])
                || TensorPrimitives.CosineSimilarity(vectors[k].Vector.Span, vectors[i].Vector.Span) >= SameEventSimilarity);
            if (same >= 0)
            {
                reports[kept[same]]++;
            }
            else if (leadingFirst || kept.Count < Stories)
            {
                kept.Add(i);
                reports[i] = 1;
            }
        }

        var order = leadingFirst ? kept.OrderByDescending(k => reports[k]).ThenBy(k => k) : kept.AsEnumerable();
        return [.. order.Take(Stories).Select(k => candidates[k])];
    }

    private static bool SharesHeadline(HashSet<string> a, HashSet<string> b) =>
        a.Intersect(b).Count() >= Math.Max(2, Math.Min(a.Count, b.Count) / 2);

    private static HashSet<string> Stems(string text) => Terms.Keywords(text).Select(Terms.Stem).ToHashSet(StringComparer.Ordinal);

    private static bool Mentions(string text, IReadOnlyList<string> words)
    {
        var stems = Terms.Words(text).Select(Terms.Stem).ToHashSet(StringComparer.Ordinal);
        return words.All(w => stems.Contains(Terms.Stem(w)));
    }

    /// <summary>
    /// What the only story about a place says of it when its lead does not name it: "what happened on Mill Lane" is told
    /// the flood's lead, then "Emergency crews used boats to reach residents on Mill Lane". Null when the lead names the
    /// place, or no sentence does.
    /// </summary>
    private static string? PlaceSentence(string body, List<string> place, string lead) =>
        place.Count == 0 || Mentions(lead, place)
            ? null
            : SentenceSplitter.SplitText(body).Select(Datelines.Strip).FirstOrDefault(s => SentenceScorer.Quotable(s) && Mentions(s, place));

    /// <summary>The article's first quotable sentence, or its headline.</summary>
    internal static string Lead(string body, string title) =>
        SentenceSplitter.SplitText(body).Select(Datelines.Strip).FirstOrDefault(SentenceScorer.Quotable) ?? Headline.ForAnswer(title);

    [GeneratedRegex(@"^\s*(?:(what('s|s| is| has)?|anything|any|tell me|(?:did|has|have|is|was)\s+(?:anything|something))\b.*\b(happen(ed|ing)?|news|latest|newest|most recent|going on|headlines|stories|articles|new|updates?|(deal|situation|story|up) with)\b|(?:please\s+)?(?:list|show(?:\s+me)?|give\s+me|get\s+me)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:(?:latest|top|main|newest|recent)\s+)?(?:news|headlines|stories|articles)\b|(?:the\s+)?(?:(?:today|yesterday|tonight)['’]?s\s+|(?:this|last|past)\s+(?:week|weekend|month|year)['’]s\s+)?(?:(?:latest|top|local|main|newest|most\s+recent)\s+)?(?:news|headlines|stories)\b|anything\s+(?:from|on|for)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"\b(?:latest|newest|most recent|recently)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Newest();

    [GeneratedRegex(@"^\s*what\s+(?:did|does|has|have|was|were)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reported();

    [GeneratedRegex(@"^\s*what(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:so\s+)?(?<word>special|different|unusual|notable|interesting|remarkable|important|significant|unique|controversial)\s+(?:about|with)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutAsked();

    [GeneratedRegex(@"\b(?<noun>deal|situation|story) with\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TopicAsked();

    [GeneratedRegex(@"^(19|20)\d\d$", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"^\d{1,2}(?:st|nd|rd|th)?$")]
    private static partial Regex DayOfMonth();
}
