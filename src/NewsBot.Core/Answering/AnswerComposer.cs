using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Core.Retrieval;
using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>Chooses the sentences an answer quotes and writes it: each sentence attributed and cited, no fact twice, short.</summary>
internal static partial class AnswerComposer
{
    /// <summary>Words another outlet's sentence may always take.</summary>
    private const int OtherSideWords = 35;

    /// <summary>Cosine to the rest of the question below which a lead is taken not to say it.</summary>
    private const double RestFloor = 0.35;

    /// <summary>How much nearer the rest of the question a sentence must come than the lead to be added for it.</summary>
    private const double RestMargin = 0.15;

    /// <summary>How much more of the question's key words a sentence of the story must hold than the lead to be added for them.</summary>
    private const double CoverMargin = 0.25;

    /// <summary>
    /// The share of the lead's nearness in meaning to the question that another source's sentence must reach: a word in
    /// common ("to get the islands supplied" for "how high did the river get") does not make a sentence about it.
    /// </summary>
    private const double FurtherMeaning = 0.5;

    /// <summary>How old a report may be before an answer to "is it still …" says its date.</summary>
    private static readonly TimeSpan StaleAfter = TimeSpan.FromDays(2);

    /// <summary>Word overlap above which two sentences are taken to say the same thing.</summary>
    private const double SameFact = 0.6;

    /// <summary>
    /// The best sentence of the best article, with the sentence before it when it opens with a pronoun and the sentence
    /// after it when that holds part of the answer.
    /// </summary>
    /// <remarks>The headline leads only when no sentence of the story answers: a story's own sentence states the fact.</remarks>
    public static List<SentenceCandidate> Lead(List<SentenceCandidate> ranked, AnswerOptions settings) =>
        WithNeighbours(LeadSentence(ranked, settings) ?? throw new ArgumentException("No sentence answers.", nameof(ranked)), ranked);

    /// <summary>The sentence an article's answer leads with (see <see cref="Lead"/>), without its neighbours; null when none answers.</summary>
    public static SentenceCandidate? LeadSentence(List<SentenceCandidate> ranked, AnswerOptions settings) =>
        ranked.FirstOrDefault(c => !c.IsHeadline && c.Answers(settings)) ?? ranked.FirstOrDefault(c => c.Answers(settings));

    /// <summary>
    /// The best article's next best sentences while they still answer, say something new and fit in the word limit
    /// (putting other outlets' sides first was measured: it lost answers on the dev set, where the story's second
    /// sentence often holds the fact; another outlet keeps a short sentence of its own past the limit instead).
    /// </summary>
    /// <remarks>
    /// Asked for one outlet's account with nothing in particular asked (<paramref name="account"/>: "what did the Courier
    /// say about the ferry deal"), the story's next answering sentences are given however they score against the lead:
    /// what the outlet adds ("the 4.5 percent rise is spread over two years") shares fewer words with the question.
    /// Only sentences <paramref name="admits"/> takes (all when null) are added, though any may name who a pronoun is.
    /// </remarks>
    public static void Extend(
        List<List<SentenceCandidate>> chosen,
        List<SentenceCandidate> ranked,
        AnswerKind kind,
        AnswerOptions settings,
        bool account = false,
        Func<SentenceCandidate, bool>? admits = null)
    {
        admits ??= _ => true;
        var lead = chosen[0];
        var best = lead.Max(s => s.Score);

        // A lead that lacks the kind of answer asked for (no figure for "how many", no one named for "who") takes the
        // article's best sentence that holds it: a story's opening sentence names its subject, a later one its chief.
        // It may run past the word limit as far as another outlet's side may: without it the answer gives no answer.
        // Whether anyone came to harm ("was anyone hurt when the fishing boat sank") is told by how the people fared ("all
        // three were treated for cold and released"), which shares no word with the question, so need not answer alone.
        if (!lead.Any(s => s.FitsKind))
        {
            AddToLead(ranked.FirstOrDefault(s => s.FitsKind && !s.IsHeadline && !lead.Contains(s) && admits(s) && (s.Answers(settings) || kind == AnswerKind.Harm)), settings.MaxWords + OtherSideWords);
        }

        // A lead that holds the question's words but not what the rest of it asks ("did anyone get hurt in the Millbrook
        // flood" led by the evacuation) takes the sentence that says that rest in the story's words ("no injuries").
        var leadFills = lead.Max(s => s.Fills);
        if (leadFills < RestFloor && Further().MaxBy(s => s.Fills) is { } filling && filling.Fills >= RestFloor && filling.Fills >= leadFills + RestMargin)
        {
            AddToLead(filling, settings.MaxWords);
        }

        // A lead that lacks a key word the story says elsewhere ("did Lumen Robotics get a grant", led by the factory's
        // opening) takes the sentence that holds it with the rest ("The regional government gave a grant of 20 million").
        var leadCovers = lead.Max(s => s.Coverage);
        AddToLead(Further().Where(s => s.Coverage >= leadCovers + CoverMargin).MaxBy(s => s.Score), settings.MaxWords);

        foreach (var next in ranked.Where(s => !lead.Contains(s) && !s.IsHeadline && admits(s) && (account || s.Score >= 0.75 * best)))
        {
            var adding = Named(next, ranked, lead);
            if (lead.Count >= settings.SentencesFromBest || chosen.Sum(Words) + Words(adding) > settings.MaxWords
                || chosen.SelectMany(c => c).Any(s => Same(s.Text, next.Text)) || !next.Answers(settings))
            {
                continue;
            }

            lead.AddRange(adding);
        }

        // The story's further answering sentences, not yet in the lead.
        IEnumerable<SentenceCandidate> Further() => ranked.Where(s => !s.IsHeadline && !lead.Contains(s) && admits(s) && s.Answers(settings));

        // Adds a sentence (with the one naming who its pronoun is) unless the lead says it already or the answer would
        // pass the word limit.
        void AddToLead(SentenceCandidate? sentence, int limit)
        {
            if (sentence is not null && !lead.Any(s => Same(s.Text, sentence.Text)) && Named(sentence, ranked, lead) is var adding
                && chosen.Sum(Words) + Words(adding) <= limit)
            {
                lead.AddRange(adding);
            }
        }
    }

    /// <summary>
    /// Another article's best answering sentence that says something not yet said, or null. When a date or a name is
    /// asked (<paramref name="kindAsked"/>) and the answer so far gives one, it must give one too: "when will the tram
    /// open" is not answered by a factory's hiring plans "by the end of next year", nor "what was the boat called" by a
    /// flood story's "crews used boats". So too a count (<paramref name="counted"/>, the
    /// stems of what a "how many" question counts, null for any other question): "how many new tram stops" is not
    /// answered by a factory story's "the planned tram line", which gives no figure. Any figure will do, as another
    /// outlet may count in other words ("300,000 reservists" for "how many Russians").
    /// </summary>
    /// <remarks>
    /// Another outlet's side, or a source that answers better than the lead (<paramref name="pastLimit"/>), may take a
    /// short sentence past the word limit: it is worth more than brevity. When a sum or a measure is asked
    /// (<paramref name="figure"/> tells a sentence giving one) and the answer so far gives it, a further source must give
    /// one somewhere (which the outlets' figures are then compared by): "how long will the tram journey take" is not
    /// answered by a story whose only figures are a vote "by 7 votes to 4" and a cost. Only sentences
    /// <paramref name="admits"/> takes (all when null) are given, though any may name who a pronoun is.
    /// </remarks>
    public static List<SentenceCandidate>? Fresh(
        List<SentenceCandidate> ranked,
        List<List<SentenceCandidate>> chosen,
        bool pastLimit,
        bool kindAsked,
        IReadOnlySet<string>? counted,
        AnswerOptions settings,
        Func<string, bool>? figure = null,
        Func<SentenceCandidate, bool>? admits = null)
    {
        admits ??= _ => true;
        var said = chosen.SelectMany(c => c).Select(c => c.Text).ToList();
        var room = Math.Max(settings.MaxWords - chosen.Sum(Words), pastLimit ? OtherSideWords : 0);
        var leadMeaning = chosen[0].Max(c => c.Similarity);
        var givesKind = kindAsked && chosen[0].Any(c => c.FitsKind);
        var counting = counted is not null && chosen[0].Any(c => CountedThing.Counts(c.Text, counted));
        var figured = figure is not null && chosen[0].Any(c => figure(c.Text));
        if (figured && !ranked.Any(c => admits(c) && figure!(c.Text)))
        {
            return null;
        }

        // When the lead gives the figure asked, the further source's sentence gives its own, which the outlets' figures
        // are compared by, however near the question it comes: "how much will the tram cost" quotes the Gazette's
        // "Council put the cost at 212 million crowns", not its journey times.
        return ranked
            .Where(c => admits(c) && c.Answers(settings) && (figured ? figure!(c.Text) : c.Similarity >= FurtherMeaning * leadMeaning) && (!givesKind || c.FitsKind)
                && (!counting || CountedThing.GivesAny(c.Text)))
            .Take(3)
            .Select(c => Named(c, ranked, []))
            .FirstOrDefault(named => !said.Any(s => Same(s, named[^1].Text)) && Words(named) <= room);
    }

    public static GroundedAnswer Compose(
        string question,
        RetrievalResult retrieval,
        List<List<SentenceCandidate>> chosen,
        List<UsedPassage> passages,
        IReadOnlySet<string>? counted,
        AnswerOptions settings)
    {
        var citations = new List<Citation>();
        var parts = new List<string>();
        var sources = new List<SourcePassage>();
        foreach (var sentences in chosen)
        {
            var article = sentences[0].Article;
            var number = citations.Count + 1;
            citations.Add(new Citation(number, article.ArticleId, article.Title, article.Outlet, article.Published, article.Url));
            sources.Add(Source(article));
            if (number == 1 && HeadlineAdds(question, article, sentences))
            {
                parts.Add($"{Headline.ForAnswer(article.Title)} [{number}]");
            }

            parts.Add($"{Attribution.Attribute(article.Outlet, sentences[0].Text, sources[^1].Text)} [{number}]");
            parts.AddRange(sentences.Skip(1).Select(s => $"{s.Text} [{number}]"));
        }

        // Where the outlets' figures differ is said when a figure is asked or nothing in particular, not for "when" or
        // "who": "when will the tram open" is not answered by what the outlets say it costs. When a sum or a measure is
        // asked, only figures of that kind are compared: "how long will the tram take" is not answered by its cost either.
        var keywords = retrieval.Keywords.Select(Terms.Stem).ToHashSet(StringComparer.Ordinal);
        // "How many new tram stops" compares only counts of stops (or of what means them), not what the tram costs.
        Func<string, bool> asked = FigureKind.Asks(question) ? figure => FigureKind.Fits(question, figure)
            : counted is not null ? figure => CountedThing.Counts(figure, counted, bare: false)
            : _ => true;
        var kind = AnswerKinds.Of(question);
        if (kind is AnswerKind.Any or AnswerKind.Number or AnswerKind.Reason or AnswerKind.Manner
            && Disagreement.Describe(chosen.Select(c => c[0].Article).ToList(), citations, keywords, asked) is { } differs)
        {
            parts.Add(differs);
        }

        var checkedText = CitationCheck.CheckClaims(parts, sources, CitationCheckSettings.From(settings));
        // "When did the library reopen", asked weeks later, is told which Tuesday "on Tuesday" was.
        checkedText = kind == AnswerKind.Date
            ? checkedText with { Text = WeekdayDates.Dated(checkedText.Text, checkedText.Citations, retrieval.AskedAt) }
            : checkedText;
        // "The latest report" is the newest the answer cites, which need not be the one it leads with.
        var cited = chosen.Select(c => c[0].Article).ToList();
        var newest = cited.Max(a => a.Published);
        // A day or month named ("did the ferry strike end in October") only dates the event, so it narrowed no search;
        // but reports that cannot tell of it say so, as one outside "yesterday" does.
        var named = retrieval.Window is null ? NamedDate.Past(question, retrieval.AskedAt) : null;
        var text = retrieval.Window is { } window && !cited.Any(a => a.InWindow)
            ? OutsideWindow(window.Phrase, newest) + " " + checkedText.Text
            : named is { } date && !cited.Any(a => NamedDate.Tells(date, a))
                ? OutsideWindow(date.Phrase, newest) + " " + checkedText.Text
            : AsksAboutNowOrSoon(question, newest, retrieval.AskedAt)
                ? $"{LatestReport(newest!.Value)} {checkedText.Text}"
                : checkedText.Text;
        return new GroundedAnswer(question, retrieval.AskedAt, text, Declined: false, checkedText.Citations, passages);
    }

    /// <summary>An article as the one passage its citation number names: its retrieved passages together.</summary>
    private static SourcePassage Source(RetrievedArticle article) =>
        new(article.ArticleId, article.Passages.FirstOrDefault()?.ChunkId ?? article.ArticleId, article.Title, article.Outlet, article.Published, article.Url,
            string.Join(' ', article.Passages.Select(p => p.Text)));

    /// <summary>
    /// Whether the best article's headline names something (a name or a figure) that neither the question nor the
    /// quoted sentences hold: headlines often put the answer in the fewest words. Otherwise it would only say again
    /// what the sentences say. Its first word counts when it is a name ("Microsoft layoffs: 10,000 employees affected"),
    /// not only a capital that opens the line (see <see cref="OpensWithName"/>). Never a digest's headline ("5 things to
    /// know for July 5: …"), which names other stories.
    /// </summary>
    private static bool HeadlineAdds(string question, RetrievedArticle article, List<SentenceCandidate> sentences)
    {
        // What the headline adds must be of the kind asked; it never says why or how something happened, nor whether
        // anyone was hurt: "Offshore wind farm off Skerry Islands approved" does not say why fishing groups objected.
        var kind = AnswerKinds.Of(question);
        var headline = Headline.ForAnswer(article.Title);
        if (kind is AnswerKind.Reason or AnswerKind.Manner or AnswerKind.Harm || sentences.Any(s => s.Text == headline) || Headline.HeadsADigest(article.Title))
        {
            return false;
        }

        var known = Terms.Words(question + " " + string.Join(' ', sentences.Select(s => s.Text))).Select(Terms.Stem).ToHashSet(StringComparer.Ordinal);
        var words = headline.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var fresh = words
            .Select((w, i) => (Raw: w, Fresh: (i > 0 || OpensWithName(w, article)) && Terms.Words(w).Any(t => !known.Contains(Terms.Stem(t)))))
            .ToList();
        bool NewName(int i) => fresh[i].Fresh && char.IsUpper(fresh[i].Raw[0]);
        bool NewFigure(int i) => fresh[i].Fresh && IsFigure(fresh[i].Raw);

        // "Who is the governor?" is not answered by "… holds interest rate at 3.25 percent", nor "how many" by a name,
        // nor "when" by a place, nor a sum by a count.
        return kind switch
        {
            AnswerKind.Number => Enumerable.Range(0, fresh.Count).Any(NewFigure) && (!FigureKind.Asks(question) || FigureKind.Fits(question, headline)),
            // Two new capitalised words make a person's name, unless a place word puts them there ("off Skerry Islands").
            AnswerKind.Person => Enumerable.Range(1, Math.Max(0, fresh.Count - 1))
                .Any(i => NewName(i) && NewName(i - 1) && (i < 2 || !SentenceScorer.PlaceWords.Contains(words[i - 2]))),
            AnswerKind.Name or AnswerKind.Place => Enumerable.Range(0, fresh.Count).Any(NewName),
            AnswerKind.Date => Enumerable.Range(0, fresh.Count).Any(i => fresh[i].Fresh && SentenceScorer.IsDate(fresh[i].Raw)),
            _ => Enumerable.Range(0, fresh.Count).Any(i => NewName(i) || NewFigure(i)),
        };
    }

    /// <summary>A figure or a sum: "10,000", "$400".</summary>
    private static bool IsFigure(string word) =>
        char.IsDigit(word[0]) || (word.Length > 1 && word[0] is '$' or '£' or '€' or '¥' && char.IsDigit(word[1]));

    /// <summary>
    /// Whether a headline's first word is a name rather than a capital the line opens with: it is written in capitals
    /// ("AMC ticket prices …"), or the story writes it with a capital inside a sentence ("… confirmed by Microsoft").
    /// </summary>
    private static bool OpensWithName(string first, RetrievedArticle article)
    {
        var word = SentenceScorer.Words(first).FirstOrDefault();
        if (word is null || word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        return word.All(c => char.IsUpper(c) || !char.IsLetter(c))
            || article.Passages.SelectMany(p => SentenceSplitter.SplitText(p.Text)).Any(s => SentenceScorer.Words(s).Skip(1).Contains(word));
    }

    /// <summary>
    /// Whether the question asks how things stand now ("is the river still flooding?", "has the library reopened yet?",
    /// "what's the latest on the ferries?", "are the ferries running again?"), or how they will be soon ("is the ferry
    /// running tomorrow?", "will there be a storm next week?"), and the answering report is days old: the answer then says
    /// from when it is, as what it says may no longer hold.
    /// </summary>
    private static bool AsksAboutNowOrSoon(string question, DateTimeOffset? published, DateTimeOffset askedAt) =>
        published is { } date && askedAt - date > StaleAfter && NowOrSoonQuestion().IsMatch(question);

    /// <summary>A report's day as answers write it: "21 November 2026".</summary>
    private static string DayOf(DateTimeOffset published) => published.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"The latest report is from 21 November 2026."</summary>
    internal static string LatestReport(DateTimeOffset published) => $"The latest report is from {DayOf(published)}.";

    /// <summary>
    /// "Nothing from yesterday; the latest report is from 21 November 2026." ("Nothing since 19 November 2026; …",
    /// "Nothing from the past week; …").
    /// </summary>
    internal static string OutsideWindow(string phrase, DateTimeOffset? published)
    {
        var time = phrase.StartsWith("since ", StringComparison.Ordinal) ? phrase
            : phrase.StartsWith("past ", StringComparison.Ordinal) || phrase.StartsWith("previous ", StringComparison.Ordinal) ? "from the " + phrase
            : "from " + phrase;
        return published is { } date
            ? $"Nothing {time}; the latest report is from {DayOf(date)}."
            : $"Nothing {time}; the nearest report is undated.";
    }

    /// <summary>A sentence with the one before it (when it opens with a pronoun) and the one after it (when it completes the answer).</summary>
    private static List<SentenceCandidate> WithNeighbours(SentenceCandidate sentence, List<SentenceCandidate> ranked)
    {
        var result = new List<SentenceCandidate>();
        if (sentence.Antecedent is { } before && ranked.Find(s => s.Text == before) is { } antecedent)
        {
            result.Add(antecedent);
        }

        result.Add(sentence);
        if (sentence.Continuation is { } after && ranked.Find(s => s.Text == after) is { } continuation && !result.Contains(continuation))
        {
            result.Add(continuation);
        }

        return result;
    }

    /// <summary>
    /// <paramref name="sentence"/>, after the sentence naming who its pronoun stands for when <paramref name="said"/> lacks
    /// it: '"Nobody asked the people …," she said' is quoted only after "Councillor Petra Holm … said".
    /// </summary>
    private static List<SentenceCandidate> Named(SentenceCandidate sentence, List<SentenceCandidate> ranked, List<SentenceCandidate> said) =>
        sentence.LeansOnPronoun && sentence.Antecedent is { } before && !said.Any(s => s.Text == before) && ranked.Find(s => s.Text == before) is { } antecedent
            ? [antecedent, sentence]
            : [sentence];

    private static bool Same(string a, string b)
    {
        var x = Terms.Keywords(a).Select(Terms.Stem).ToHashSet(StringComparer.Ordinal);
        var y = Terms.Keywords(b).Select(Terms.Stem).ToHashSet(StringComparer.Ordinal);
        var union = x.Union(y).Count();
        return union > 0 && (double)x.Intersect(y).Count() / union >= SameFact;
    }

    private static int Words(List<SentenceCandidate> sentences) => sentences.Sum(s => Words(s.Text));

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"\b(still|now|currently|at the moment|any ?more|yet|so far|these days|latest|again|tomorrow|tonight|next (?:week|month)|this weekend|coming days)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NowOrSoonQuestion();
}
