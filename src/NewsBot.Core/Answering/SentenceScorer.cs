using System.Text.RegularExpressions;
using NewsBot.Core.Retrieval;
using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>
/// Scores the sentences of retrieved articles by how much of the question's keyword weight they hold, by what they add
/// and by how well they fit the kind of answer asked for, and carries each one's meaning (cosine to the question).
/// </summary>
internal sealed partial class SentenceScorer
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "He", "She", "It", "They", "This", "That", "These", "Those", "We", "His", "Her", "Their", "Its",
    };

    /// <summary>Pronouns that also point at a noun after them ("This year"), where they stand for nothing before.</summary>
    private static readonly HashSet<string> Demonstratives = new(StringComparer.Ordinal) { "This", "That", "These", "Those" };

    /// <summary>Verbs after which a word such as "This" stands for something said before ("This is", "That means").</summary>
    private static readonly HashSet<string> AfterPronoun = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must",
        "means", "meant", "comes", "came", "includes", "marks", "marked", "follows", "followed", "makes", "made", "led",
    };

    /// <summary>Words of a "how many"-style question that ask for the figure rather than say what is counted.</summary>
    private static readonly HashSet<string> KindWords = new(StringComparer.Ordinal)
    {
        "mani", "many", "much", "long", "old", "tall", "far", "big", "high", "percentag", "percent", "number", "amount",
    };

    /// <summary>Shares said in words, which answer "how much" as a percentage does ("about half of the building's electricity").</summary>
    private static readonly HashSet<string> Shares = new(StringComparer.Ordinal)
    {
        "half", "third", "thirds", "quarter", "quarters", "twice", "double", "triple",
    };

    /// <summary>Words a place's name follows ("off the Skerry Islands", "in Port Ellery"), never a person's.</summary>
    internal static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal) { "in", "at", "off", "near", "into", "across", "outside", "around" };

    private static readonly char[] Punctuation = ['"', '“', '”', '‘', '’', '\'', ',', '.', ':', ';', '(', ')', '…'];

    /// <summary>How far, in words, a figure or name may stand from a word of the question to be taken for its answer.</summary>
    private const int Beside = 3;

    /// <summary>Prepositions that put a name with another thing than the one beside it ("the line to Eastfield").</summary>
    private static readonly HashSet<string> Linking = new(StringComparer.Ordinal)
    {
        "to", "from", "in", "at", "on", "of", "for", "with", "by", "into", "near", "off", "over", "across", "north", "south", "east", "west",
    };

    /// <summary>
    /// Extra fit for a figure or new name standing next to a word of the question ("1,200 people", "Mayor Ilse
    /// Brandt"): that is the one asked for, not a figure or name of something else in the sentence.
    /// </summary>
    private const double BesideBonus = 0.2;

    /// <summary>
    /// Fit of a sentence holding the verb of a "who did it" question: more than a full name elsewhere in the story
    /// ("Millbrook General Hospital opened a ward" does not say who paid for it).
    /// </summary>
    private const double DoerFit = 0.4;

    /// <summary>
    /// Fit of a sentence giving a time of day when one is asked ("the first sailing would leave at 6 am" for "what time is
    /// the first ferry"): as much as a doer's, since it is the answer itself; a day alone ("resume on Thursday") fits nothing.
    /// </summary>
    private const double ClockFit = 0.4;

    /// <summary>Fit of a sentence holding the verb a "where/when was it done" question ends with: as much as a name or date.</summary>
    private const double DoneFit = 0.2;

    /// <summary>Nouns of a "which company" question whose answer is an organisation: its name, not a place's, fits.</summary>
    private static readonly HashSet<string> Organisations = new(StringComparer.Ordinal)
    {
        "Company", "Firm", "Team", "Club", "Band", "Group", "Chain", "Brand", "Airline", "Bank", "Party", "Network", "Newspaper",
        "Developer", "Carrier", "Retailer", "Manufacturer", "Automaker", "Insurer", "Studio", "Publisher", "Union", "Charity", "Agency",
        "Organisation", "Organization",
    };

    /// <summary>A headline is quoted only when it answers clearly better than any sentence of the story.</summary>
    private const double HeadlinePenalty = 0.15;

    /// <summary>
    /// How many words before a date, in its clause, may say that it lies ahead ("is expected to finish in 2029",
    /// "forecasters expect the water to fall slowly over the weekend").
    /// </summary>
    private const int AheadReach = 10;

    /// <summary>Marks that end a clause: a word that puts a date ahead says so in the date's own clause.</summary>
    private static readonly char[] ClauseBreaks = [',', ';', ':', '—'];

    /// <summary>Weight of a sentence's cosine to the question's asking sentence in its score.</summary>
    private const double MeaningWeight = 0.3;

    /// <summary>How much a figure of the kind asked for (a sum for "how much did it cost", a measure for "how high") fits better than another.</summary>
    private const double KindBonus = 0.1;

    private readonly string question;
    private readonly QuestionKeywords keywords;
    private readonly IReadOnlySet<string> asked;
    private readonly IReadOnlySet<string> subjects;
    private readonly AnswerKind kind;
    private readonly bool asksAhead;

    /// <summary>Whether a time of day is asked ("what time does the first ferry leave"): a day alone ("on Thursday") says less.</summary>
    private readonly bool clockAsked;

    /// <summary>
    /// The stem of the thing a question asks the name of ("depot" in "what is the name of the new tram depot", "boat" in
    /// "what was the boat called"); null for any other question.
    /// </summary>
    private readonly string? named;

    /// <summary>Whether the thing a question asks the name of is a leader ("the Lumen CEO", "lumen boss name"), named beside a leader's title.</summary>
    private readonly bool namedLeader;

    /// <summary>The noun a "which museum" question names its answer's kind by, capitalised ("Museum"); null when none.</summary>
    private readonly string? kindNoun;

    /// <summary>The stem of the verb a "who did it" question asks about ("paid" in "who paid for the ward"); null for any other question.</summary>
    private readonly string? doer;

    /// <summary>
    /// The stem of the verb a "where/when was it done" question ends with ("treated"); null for any other question. A
    /// sentence holding it fits more ("All three were treated at Port Ellery hospital", not the rescue's "north of the
    /// Skerry Islands"), without by that holding the kind asked.
    /// </summary>
    private readonly string? doneVerb;

    /// <summary>The stems of who a "what did they say" question asks the saying of (see <see cref="Speech.Speaker"/>).</summary>
    private readonly IReadOnlyList<string> speaker;

    /// <summary>The stem of <see cref="doer"/> or <see cref="doneVerb"/> when it is not a verb of saying; null otherwise.</summary>
    private readonly string? actedVerb;

    /// <summary>Whether a question asks which work ("which movie", "which hit show"), whose answer news gives as a title in quotes.</summary>
    private readonly bool workAsked;

    /// <summary>Whether a "why" question asks why someone feels as they do ("why are Eastfield shopkeepers unhappy"): a sentence saying what they fear answers.</summary>
    private readonly bool feelingAsked;

    /// <summary>Whether the question asks what happened to something ("what happened to the fishermen's boat"): the story tells it over its next sentences.</summary>
    private readonly bool fateAsked;

    /// <summary>The stems of what a "how many" question counts, in its words and in the sentences' words that mean it.</summary>
    private readonly IReadOnlySet<string> counted;
    private readonly IReadOnlyDictionary<string, List<ArticleSentence>> sentences;
    private readonly IReadOnlyDictionary<string, double> meaning;
    private readonly IReadOnlyDictionary<string, double> focusMeaning;
    private readonly IReadOnlyDictionary<string, double> restMeaning;

    /// <summary>The keywords with the words meaning those the stories never use (see <see cref="WordsAlike"/>), or null when none were looked for.</summary>
    private readonly QuestionKeywords? inOtherWords;

    private SentenceScorer(
        string question,
        QuestionKeywords keywords,
        IReadOnlySet<string> asked,
        IReadOnlySet<string> subjects,
        AnswerKind kind,
        IReadOnlyDictionary<string, List<ArticleSentence>> sentences,
        IReadOnlyDictionary<string, double> meaning,
        IReadOnlyDictionary<string, double> focusMeaning,
        IReadOnlySet<string> counted,
        IReadOnlyDictionary<string, double> restMeaning,
        IReadOnlyDictionary<string, string> corrections,
        QuestionKeywords? inOtherWords)
    {
        this.inOtherWords = inOtherWords;
        this.restMeaning = restMeaning;
        this.focusMeaning = focusMeaning;
        this.counted = counted;
        this.question = question;
        this.keywords = keywords;
        this.asked = asked;
        this.subjects = subjects;
        this.kind = kind;
        asksAhead = AsksAhead(question, kind);
        clockAsked = ClockTime.Asks(question);
        workAsked = WorkQuestion().IsMatch(QuestionFocus.TextOf(question) ?? question);
        feelingAsked = kind == AnswerKind.Reason && Terms.Words(question).Any(Feelings.Contains);
        fateAsked = FateQuestion().IsMatch(QuestionFocus.TextOf(question) ?? question);
        // A thing typed as two words joined ("harbourmaster name") is named by the last of the two ("harbour master").
        var namedWord = NamedThing(question) is { } thing ? corrections.GetValueOrDefault(thing, thing).Split(' ')[^1] : null;
        named = namedWord is null ? null : Terms.Stem(namedWord);
        namedLeader = namedWord is not null && QuestionThings.IsLeader(namedWord);
        kindNoun = kind is AnswerKind.Name or AnswerKind.Place ? KindNoun(question) : null;
        doneVerb = AskedVerb.Done(question, kind);
        doer = AskedVerb.Doer(question, kind);
        speaker = Speech.Speaker(question);
        actedVerb = (doer ?? doneVerb) is { } verb && !Terms.Words(question).Any(w => Terms.Stem(w) == verb && Speech.In(w)) ? verb : null;
        this.sentences = sentences;
        this.meaning = meaning;
    }

    /// <summary>The headline and the quotable sentences of each retrieved article in reading order, split and stemmed once.</summary>
    public static IReadOnlyDictionary<string, List<ArticleSentence>> Split(RetrievalResult retrieval) =>
        retrieval.Articles.ToDictionary(
            a => a.ArticleId,
            a => Enumerable.Repeat(Headline.ForAnswer(a.Title), 1)
                .Concat(a.Passages
                    .OrderBy(p => p.Position)
                    .SelectMany(p => SentenceSplitter.SplitText(p.Text).Select(Datelines.Strip))
                    .Where(Quotable))
                .Distinct(StringComparer.Ordinal)
                .Select((text, i) => new ArticleSentence(text, QuestionKeywords.Stems(text)) { IsHeadline = i == 0 })
                .ToList(),
            StringComparer.Ordinal);

    /// <summary>
    /// A scorer for <paramref name="question"/>; <paramref name="meaning"/> holds each sentence's cosine to the question and
    /// <paramref name="focusMeaning"/> its cosine to the question's asking sentence (the same when there is no preamble);
    /// sentences missing from them count as 0. Keyword weights come from how rare each word is among the sentences.
    /// <paramref name="restMeaning"/> holds each sentence's cosine to the question's words its leading article lacks.
    /// <paramref name="counted"/>, when given, names words after figures that mean what a "how many" question counts:
    /// a sentence holding one holds that word of the question, and its figure stands beside it. <paramref name="wordsAlike"/>,
    /// when given, names the stories' words meaning key words they never use: they count only toward whether a sentence
    /// answers (<see cref="SentenceCandidate.CoverageInOtherWords"/>), not toward which sentence leads.
    /// </summary>
    public static SentenceScorer For(
        string question,
        RetrievalResult retrieval,
        IReadOnlyDictionary<string, List<ArticleSentence>> sentences,
        IReadOnlyDictionary<string, double> meaning,
        IReadOnlyDictionary<string, double> focusMeaning,
        CountedWords? counted = null,
        IReadOnlyDictionary<string, double>? restMeaning = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? wordsAlike = null)
    {
        var alike = counted is null ? null : new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [Terms.Stem(counted.Thing)] = [.. counted.Alike.Select(Terms.Stem)],
        };
        var stems = sentences.Values.SelectMany(list => list.Select(s => s.Stems)).ToList();
        var weighed = Unplaced(question, Undated(question, Weighed(question, retrieval), stems), stems);
        var keywords = new QuestionKeywords(weighed, stems, QuestionFocus.Of(question), alike);
        QuestionKeywords? inOtherWords = null;
        if (wordsAlike is { Count: > 0 })
        {
            var meaningSame = new Dictionary<string, IReadOnlyList<string>>(wordsAlike, StringComparer.Ordinal);
            foreach (var (stem, same) in alike ?? [])
            {
                meaningSame[stem] = same;
            }

            inOtherWords = new QuestionKeywords(weighed, stems, QuestionFocus.Of(question), meaningSame);
        }

        var asked = QuestionKeywords.Stems(string.Join(' ', retrieval.Keywords) + " " + question);
        var subjects = retrieval.Keywords.Select(Terms.Stem).Where(k => !KindWords.Contains(k))
            .Concat(counted?.Alike.Select(Terms.Stem) ?? [])
            .ToHashSet(StringComparer.Ordinal);
        var countedStems = (CountedThing.Of(retrieval.SearchText) is { } thing ? [thing] : Array.Empty<string>())
            .Concat(counted?.Alike ?? [])
            .Select(Terms.Stem)
            .ToHashSet(StringComparer.Ordinal);
        return new SentenceScorer(question, keywords, asked, subjects, AnswerKinds.Of(question), sentences, meaning, focusMeaning, countedStems, restMeaning ?? new Dictionary<string, double>(), retrieval.Corrections, inOtherWords);
    }

    /// <summary>
    /// The keywords a sentence's coverage is weighed by: all but the words no indexed article holds that neither name
    /// someone nor a thing ("records going back to when", "actually got"). Those are the asker's own wording, which no
    /// sentence can hold; weighed, they counted as the rarest words of all and held every answer below the bar. An
    /// unknown name or thing stays, and the question is declined for it (see ExtractiveAnswerService).
    /// </summary>
    /// <remarks>
    /// Nor the words that only ask for news about a topic ("what's going on with the ferries"), nor those that only ask
    /// whether anyone came to harm ("were there any casualties"), which news says its own way.
    /// </remarks>
    private static IReadOnlyList<string> Weighed(string question, RetrievalResult retrieval)
    {
        var asking = Briefing.AskingWords(question);
        if (AnswerKinds.Of(question) == AnswerKind.Harm)
        {
            asking = asking.Concat(retrieval.Keywords.Where(AnswerKinds.AsksHarmWith)).ToHashSet(StringComparer.Ordinal);
        }

        if (retrieval.Unknown.Count == 0 && asking.Count == 0)
        {
            return Light(retrieval.Keywords);
        }

        var names = QuestionNames.Of(question);
        var things = QuestionThings.Among(question, retrieval.Unknown);
        var filler = retrieval.Unknown.Where(u => !names.Contains(u) && !things.Contains(u)).ToHashSet(StringComparer.Ordinal);
        var weighed = retrieval.Keywords.Where(k => !filler.Contains(k) && !asking.Contains(k)).ToList();
        return Light(weighed.Count == 0 ? retrieval.Keywords : weighed);
    }

    /// <summary>
    /// The keywords without the words of a calendar day the question names ("what was decided about the tram on November
    /// 16") that no candidate sentence holds: a report dates itself and says "on Monday", so those words only kept every
    /// sentence below the bar. Kept where a sentence writes the day out.
    /// </summary>
    private static IReadOnlyList<string> Undated(string question, IReadOnlyList<string> keywords, List<IReadOnlySet<string>> stems)
    {
        var day = Time.TemporalParser.DayWords(question);
        if (day.Count == 0)
        {
            return keywords;
        }

        var kept = keywords.Where(k => !day.Contains(k) || stems.Any(s => s.Contains(Terms.Stem(k)))).ToList();
        return kept.Count == 0 ? keywords : kept;
    }

    /// <summary>
    /// The keywords without the kind of place a question asks ("which town is the new factory in") when no candidate
    /// sentence holds it: a story names the place ("a factory in Eastfield") and seldom calls it a town, so the word only
    /// kept every sentence below the bar. Kept where a sentence says it ("the country's name").
    /// </summary>
    private static IReadOnlyList<string> Unplaced(string question, IReadOnlyList<string> keywords, List<IReadOnlySet<string>> stems)
    {
        var kept = keywords.Where(k => !QuestionThings.AsksAPlaceKind(question, k) || stems.Any(s => s.Contains(Terms.Stem(k)))).ToList();
        return kept.Count == 0 ? keywords : kept;
    }

    /// <summary>
    /// The keywords without the light verbs ("where are the ferries going to", "how did they get the men out"), which say
    /// where or how only with the words after them; weighed, a rare "go" in some other sentence outweighed "ferries".
    /// All of them when nothing else is left.
    /// </summary>
    private static IReadOnlyList<string> Light(IReadOnlyList<string> keywords)
    {
        var kept = keywords.Where(k => !QuestionThings.IsLightVerb(k)).ToList();
        return kept.Count == 0 || kept.Count == keywords.Count ? keywords : kept;
    }

    /// <summary>
    /// The article's sentences, best first. A sentence's coverage counts its headline and the sentence after (or before)
    /// it too, because news often gives a fact over two sentences; that sentence is then quoted with it. A sentence
    /// that opens with a pronoun brings the sentence before it, which names who or what it is.
    /// </summary>
    public List<SentenceCandidate> Rank(RetrievedArticle article)
    {
        if (!sentences.TryGetValue(article.ArticleId, out var own) || own.Count == 0)
        {
            return [];
        }

        var title = QuestionKeywords.Stems(article.Title);

        // "Which museum": where the story names one ("the Hecht Museum"), a sentence only saying "a museum in Israel"
        // does not hold the answer, whatever other name it has.
        var naming = kindNoun is null ? null : own.Select(s => NamesTheKind(s.Text)).ToList();
        var kindNamed = naming is not null && own.Where((s, i) => !s.IsHeadline && naming[i]).Any();

        // "Who paid for the new ward": where the story holds the question's verb, a name in a sentence without it ("Millbrook
        // General Hospital opened a ward") is not the one asked for.
        var doerNamed = own.Any(s => !s.IsHeadline && NamesTheDoer(s.Text));

        // "How many stops will the tram have": where the story counts what is asked ("adds six stops"), a figure counting
        // something else ("from 40 minutes by bus to 18 minutes by tram") is not the one asked for.
        var counts = kind == AnswerKind.Number ? own.Select(s => Counts(s.Text)).ToList() : null;
        var countGiven = counts is not null && own.Where((s, i) => !s.IsHeadline && counts[i]).Any();

        // A sentence answers when it holds enough of the whole question or of its asking part: "hey, my cousin lives on
        // the islands - when did the ferries start sailing again" is answered by "ferry services will resume on
        // Thursday", which says nothing of islands' cousins.
        double Cover(HashSet<string> stems) => Math.Max(keywords.Coverage(stems), keywords.FocusCoverage(stems));
        return own
            .Select((sentence, i) =>
            {
                var context = sentence.Stems.Union(title).ToHashSet(StringComparer.Ordinal);
                var withTitle = keywords.Count == 0 ? 0 : Cover(context);
                var inSentence = keywords.Count == 0 ? 0 : keywords.FocusCoverage(sentence.Stems);

                // "The regional health board paid 14 million crowns for it" answers "who paid for the children's ward at
                // Millbrook General": a sentence saying the asked verb of "it" says it of what the story is about, so
                // the headline's words count as its own.
                if (!sentence.IsHeadline && SaysTheVerbOfIt(sentence))
                {
                    inSentence = Math.Max(inSentence, keywords.FocusCoverage(context));
                }

                var withNext = withTitle;
                var withPrevious = withTitle;
                if (keywords.Count > 0 && i + 1 < own.Count)
                {
                    withNext = Cover(context.Union(own[i + 1].Stems).ToHashSet(StringComparer.Ordinal));
                }

                if (keywords.Count > 0 && i > 1)
                {
                    withPrevious = Cover(context.Union(own[i - 1].Stems).ToHashSet(StringComparer.Ordinal));
                }

                var leansBack = withPrevious > withNext && withPrevious > withTitle + 0.05;
                var cosine = meaning.GetValueOrDefault(sentence.Text);
                var asAnswer = WithoutOutlet(sentence.Text, article.Outlet);
                var fit = (doerNamed && !NamesTheDoer(asAnswer)) || (countGiven && !counts![i]) ? 0 : Fit(asAnswer, article.Published?.Year, naming?[i] ?? false);
                var done = doneVerb is not null && QuestionKeywords.Says(doneVerb, sentence.Stems) ? DoneFit : 0;
                var saidBy = Speech.By(sentence.Text, speaker) ? DoerFit : 0;
                var opensWithPronoun = Pronouns.Contains(sentence.Text.Split(' ', 2)[0]);
                var leansOnPronoun = LeansOnPronoun(sentence.Text);
                // The cosine to the whole question decides whether a sentence answers in other words, not which leads:
                // added to the score it favoured sentences restating a question's preamble. The cosine to the asking
                // sentence alone does help choose (measured on both dev sets at 0.15, 0.3 and 0.5).
                var score = inSentence + (0.15 * Novelty(sentence.Stems)) + fit + done + saidBy + (MeaningWeight * focusMeaning.GetValueOrDefault(sentence.Text))
                    - (opensWithPronoun ? 0.1 : 0) - (sentence.IsHeadline ? HeadlinePenalty : 0);
                return new SentenceCandidate(article, sentence.Text, Math.Max(withNext, withPrevious), score)
                {
                    CoverageInOtherWords = inOtherWords is null ? 0 : Math.Max(inOtherWords.Coverage(context), inOtherWords.FocusCoverage(context)),
                    Similarity = cosine,
                    Fills = restMeaning.GetValueOrDefault(sentence.Text),
                    FitsKind = kindNamed ? naming![i] : HoldsKind(asAnswer, fit),
                    NamesPlace = kind is AnswerKind.Name or AnswerKind.Place && NamesAPlace(asAnswer),
                    IsHeadline = sentence.IsHeadline,
                    // "How did they get the men out": the story's next sentence tells how, whatever words it shares; so
                    // does it tell more of what happened to something ("their boat, the Grey Heron, lost power").
                    // So does the saying of one asked what they said ("what did Councillor Holm say"), quoted next by a
                    // pronoun: '"Nobody asked the people …," she said'.
                    Continuation = !leansBack && i + 1 < own.Count && (withNext > withTitle + 0.05 || kind == AnswerKind.Manner || fateAsked || (saidBy > 0 && SaidByPronoun().IsMatch(own[i + 1].Text))) ? own[i + 1].Text : null,
                    Antecedent = (opensWithPronoun || leansOnPronoun || leansBack) && i > 1 ? own[i - 1].Text : null,
                    LeansOnPronoun = leansOnPronoun,
                };
            })
            .OrderByDescending(c => c.Score)
            .ToList();
    }

    /// <summary>
    /// Whether a "when" question asks for a moment still ahead ("when will the tram open", "how soon"), read in its asking
    /// sentence: "She will not run again. What year was she first elected?" asks for one past.
    /// </summary>
    public static bool AsksAhead(string question, AnswerKind kind) =>
        kind == AnswerKind.Date && (QuestionFocus.TextOf(question) ?? question) is var asking && (Ahead().IsMatch(asking) || AnswerKinds.AsksUntil(asking));

    /// <summary>
    /// The word for the thing a question asks the name of: the last word of the phrase after "the name of", between
    /// "what is" and "called" or before "'s name", or of a bare phrase before "name" ("lumen boss name"), up to a word
    /// that starts what follows ("the giant schnauzer that won", "the chief executive of the robot company", "the former
    /// gymnast rumoured to be"); null when the question asks no name or names the thing only by a pronoun ("what is it
    /// called").
    /// </summary>
    public static string? NamedThing(string question) => NamedPhrase(question) is [.., var last] ? last : null;

    /// <summary>
    /// The words of the phrase a question asks the name of, as <see cref="NamedThing"/> reads it ("ferry company" in
    /// "what is the name of the ferry company", "boat" in "what was the boat called that sank"); empty when it asks no name.
    /// </summary>
    public static IReadOnlyList<string> NamedPhrase(string question)
    {
        var match = NamingQuestion().Match(question);
        if (!match.Success)
        {
            return [];
        }

        // A word ending in "-ed" or "-ing" starts what follows the thing ("the former gymnast rumoured to be"), unless it
        // comes first and so describes it ("the fishing boat", "the sinking ship").
        return [.. Terms.Words(match.Groups["p"].Value)
            .SkipWhile(Terms.IsStopWord)
            .TakeWhile((w, i) => !Terms.IsStopWord(w) && !QuestionThings.IsJoiner(w) && (i == 0 || !Terms.EndsAsVerbForm(w)))];
    }

    /// <summary>
    /// For a "who" question, the sentence without the name of the outlet reporting it: "The Valley Courier has seen an
    /// estimate" names no one who opposed the tram. Any other question's sentence as it is.
    /// </summary>
    private string WithoutOutlet(string sentence, string? outlet) =>
        kind == AnswerKind.Person && !string.IsNullOrWhiteSpace(outlet) ? sentence.Replace(outlet, string.Empty, StringComparison.OrdinalIgnoreCase) : sentence;

    /// <summary>
    /// Whether a sentence can be quoted: not a subhead (a short line with no closing punctuation), not a sign-up or
    /// follow prompt or an editor's note, not a bare pull quote.
    /// </summary>
    internal static bool Quotable(string sentence)
    {
        var text = sentence.Trim();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words < 4)
        {
            return false;
        }

        if (text[^1] is '?' or ':')
        {
            return false; // a question in the article answers nothing; a line ending in a colon only announces what follows
        }

        var closed = text[^1] is '.' or '!' or '"' or '”' or '’' or '\'' or ')';
        return (closed || words >= 12) && !Prompt().IsMatch(text) && !RelatedLink().IsMatch(text);
    }

    /// <summary>
    /// How well a sentence fits the kind of answer asked for: a figure for "how many", a name the question does not
    /// already hold for "who"/"which", a place for "where", a date for "when", a cause for "why", a name beside the thing
    /// for "what is it called".
    /// </summary>
    private double Fit(string sentence, int? year, bool namesKind) => named is not null ? (NameBeside(sentence) ? 0.2 + BesideBonus : 0) : kind switch
    {
        AnswerKind.Number => NumberFit(sentence),
        AnswerKind.Place => NewName(sentence) ? (NamesAPlace(sentence) ? 0.2 + KindBonus : 0.2 - KindBonus) + (NextToSubject(sentence, IsNewName, 1) ? BesideBonus : 0) : 0,
        AnswerKind.Name => (kindNoun is not null && Organisations.Contains(kindNoun) ? NewNameNotPlace(sentence) : NewName(sentence)) ? 0.2 + (NextToSubject(sentence, IsNewName, 1) ? BesideBonus : 0) + (workAsked && QuotesATitle(sentence) ? KindBonus : 0) + PlaceFit(namesKind) : 0,
        AnswerKind.Person => (NewName(sentence) ? (FullName(sentence) ? 0.2 + KindBonus : 0.2 - KindBonus) + (NextToSubject(sentence, IsNewName, 1) ? BesideBonus : 0) : 0)
            + (NamesTheDoer(sentence) ? DoerFit : 0),
        AnswerKind.Date when clockAsked => ClockTime.In(sentence) ? ClockFit : 0,
        AnswerKind.Date => DateFit(sentence, year),
        AnswerKind.Reason => Cause().IsMatch(sentence) || (feelingAsked && FeelingSaid().IsMatch(sentence)) ? 0.15 : 0,
        AnswerKind.Harm => Harmed().IsMatch(sentence) ? 0.15 : 0,
        _ => 0,
    };

    /// <summary>
    /// For a "which country" or "which state" question, how much more a sentence naming one the question lacks fits than
    /// one naming only a person or a storm (<paramref name="namesKind"/>, as <see cref="NamesTheKind"/> read it); nothing
    /// for any other question.
    /// </summary>
    private double PlaceFit(bool namesKind) =>
        kindNoun is null || PlaceNames.Of(kindNoun) is null ? 0 : namesKind ? KindBonus : -KindBonus;

    /// <summary>A figure's fit, more beside a word of the question and more again where it counts what is asked.</summary>
    private double NumberFit(string sentence)
    {
        var counts = Counts(sentence);
        return Words(sentence).Any(IsNewFigure) || counts
            ? FigureFit(sentence) + (NextToSubject(sentence, IsNewFigure, 0) ? BesideBonus : 0) + (counts ? KindBonus : 0)
            : 0;
    }

    /// <summary>A date the question lacks, lying ahead when a moment ahead is asked ("when will the tram open").</summary>
    private double DateFit(string sentence, int? year) =>
        DatePhrase().Matches(sentence).Any(m => !asked.Contains(Terms.Stem(m.Value.ToLowerInvariant())) && (!asksAhead || IsAhead(sentence, m, year))) ? 0.2 : 0;

    /// <summary>
    /// Whether a sentence holds the kind of answer asked for: a figure (a sum or a measure when one is asked), a name,
    /// place or date the question lacks, a full name for "who", a cause; any sentence when no kind is asked.
    /// <paramref name="fit"/> is the sentence's <see cref="Fit"/>, already worked out.
    /// </summary>
    /// <remarks>
    /// A question asking what something is called is held only by a name standing beside a word of it ("their boat, the
    /// Grey Heron"): "new trams and a depot are included" names no depot, whatever other name the sentence has.
    /// </remarks>
    private bool HoldsKind(string sentence, double fit) => named is not null ? NameBeside(sentence) : kind switch
    {
        AnswerKind.Number => (Words(sentence).Any(IsNewFigure) || Counts(sentence)) && (!FigureKind.Asks(question) || FigureKind.Fits(question, sentence)),
        AnswerKind.Name or AnswerKind.Place or AnswerKind.Date or AnswerKind.Reason or AnswerKind.Harm => fit > 0,
        AnswerKind.Person => FullName(sentence) || NamesTheDoer(sentence),
        _ => true,
    };

    /// <summary>
    /// Whether the sentence names something of the kind asked ("the Hecht Museum", "New York City's mayor", "the
    /// University of Haifa" for "which museum", "what city", "which university"): the kind's noun written with a capital
    /// at the end of a name the question lacks, or before "of" and such a name, or written plain after such a name ("Port
    /// Ellery hospital"); not where it only describes another name ("the Drug Enforcement Administration" names no drug).
    /// </summary>
    private bool NamesTheKind(string sentence)
    {
        var words = Words(sentence);
        if (PlaceNames.Of(kindNoun!) is { } places)
        {
            return PlaceNames.Named(words, places, IsNewName);
        }

        var plainNoun = kindNoun!.ToLowerInvariant();
        for (var i = 1; i < words.Count; i++)
        {
            // A name before the kind's noun written plain names one too ("at Port Ellery hospital").
            var before = words[i - 1];
            var namedBefore = IsNewName(before) && !Terms.IsStopWord(before.ToLowerInvariant());
            if (Terms.WithoutPossessive(words[i]) == plainNoun && namedBefore)
            {
                return true;
            }

            if (Terms.WithoutPossessive(words[i]) != kindNoun)
            {
                continue;
            }

            var ends = i + 1 == words.Count || !char.IsUpper(words[i + 1][0]) || words[i] != kindNoun;
            if ((ends && namedBefore)
                || (i + 2 < words.Count && words[i + 1] == "of" && IsNewName(words[i + 2])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The noun after "which" or "what" ("which museum", "what city", "which US university"), capitalised; null when it is
    /// an asking word or describes the noun after it ("which social media platform").
    /// </summary>
    private static string? KindNoun(string question)
    {
        var match = KindQuestion().Match(question);
        if (!match.Success)
        {
            return null;
        }

        var noun = match.Groups[1].Value;
        return noun.Length < 3 || char.IsUpper(noun[0]) || Terms.IsStopWord(noun) || Describing().IsMatch(noun)
            ? null
            : char.ToUpperInvariant(noun[0]) + noun[1..];
    }

    /// <summary>
    /// How well a sentence's figure fits: a sum for "how much did it cost" and a measure for "how high" fit fully, any other
    /// figure there only a little (24 beds do not say what a ward cost); for "how many" any figure fits.
    /// </summary>
    private double FigureFit(string sentence) =>
        !FigureKind.Asks(question) ? 0.25 : FigureKind.Fits(question, sentence) ? 0.25 + KindBonus : 0.25 - KindBonus;

    /// <summary>Whether a figure of the sentence counts what the question asks to count ("310,000 homes" for "how many households").</summary>
    private bool Counts(string sentence) =>
        counted.Count > 0 && CountedThing.AfterFigures(sentence).Any(w => counted.Contains(Terms.Stem(w)));

    /// <summary>
    /// A figure the question does not already give ("2024" in "will not run in 2024" answers nothing): in digits, or a
    /// share said in words ("cover about half of the building's electricity"). A number in words ("six stops") is a
    /// figure where it counts what is asked (see <see cref="Counts"/>): "two years of roadworks" says nothing of how many
    /// councillors voted against.
    /// </summary>
    private bool IsNewFigure(string word) =>
        (Figure().IsMatch(word) || Shares.Contains(word.ToLowerInvariant())) && !asked.Contains(Terms.Stem(word.ToLowerInvariant()));

    /// <summary>
    /// Whether two capitalised words in a row, neither in the question, name someone ("Chief executive Nils Arvid"):
    /// "who" asks for a person or a company, which news names in full, where a lone capital is often a place; so are two
    /// after a word of place ("off the Skerry Islands").
    /// </summary>
    private bool FullName(string sentence)
    {
        var words = Words(sentence);
        return Enumerable.Range(1, Math.Max(0, words.Count - 1)).Any(i => IsNewName(words[i]) && IsNewName(words[i - 1]) && (i > 1 || !Terms.IsStopWord(words[0].ToLowerInvariant()))
            && !InPlace(words, i - 1));
    }

    /// <summary>
    /// Whether the name starting at or before <paramref name="at"/> follows a word of place ("off the Skerry Islands"): a
    /// place, not someone. With <paramref name="orFrom"/>, "from" counts too ("broadcast from New York City"), and "on"
    /// before a name that is no day or month ("residents on Mill Lane", not "on Monday").
    /// </summary>
    private static bool InPlace(List<string> words, int at, bool orFrom = false)
    {
        var start = at;
        while (start > 0 && char.IsUpper(words[start - 1][0]))
        {
            start--;
        }

        var before = start >= 1 && words[start - 1] == "the" ? start - 2 : start - 1;
        return before >= 0 && (PlaceWords.Contains(words[before])
            || (orFrom && (words[before] == "from" || (words[before] == "on" && !QuestionNames.IsCalendar(words[start].ToLowerInvariant())))));
    }

    /// <summary>
    /// Whether a name the question lacks follows a word of place ("at the Fiserv Forum", "from New York City"): "where"
    /// asks for a place, where "GOP" or "Trump" in a sentence about the debate does not say.
    /// </summary>
    private bool NamesAPlace(string sentence)
    {
        var words = Words(sentence);
        return Enumerable.Range(1, Math.Max(0, words.Count - 1)).Any(i => IsNewName(words[i]) && InPlace(words, i, orFrom: true));
    }

    /// <summary>Whether a capitalised word other than the first is one the question lacks and not a place's ("off the Skerry Islands").</summary>
    private bool NewNameNotPlace(string sentence)
    {
        var words = Words(sentence);
        return Enumerable.Range(1, Math.Max(0, words.Count - 1)).Any(i => IsNewName(words[i]) && !InPlace(words, i));
    }

    /// <summary>
    /// Whether the sentence holds the verb of a "who did it" question after its opening words ("The regional health board
    /// paid 14 million crowns" for "who paid for the ward"), in any form or a word news says it with ("Council put the
    /// cost at 212 million crowns" for "who pays"): its subject is who did it, named or not.
    /// </summary>
    private bool NamesTheDoer(string sentence)
    {
        if (doer is null)
        {
            return false;
        }

        var afterOpening = Words(sentence).Skip(2).Select(w => Terms.Stem(w.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal);
        return QuestionKeywords.Says(doer, afterOpening);
    }

    /// <summary>
    /// Whether a name the question lacks stands within a few words of the thing it asks the name of, with no preposition
    /// between: "the harbour tram line to Eastfield" names where the line goes, and "a sinking boat north of the Skerry
    /// Islands" where the boat sank; "their boat, the Grey Heron" names the boat, and so does a sentence opening with
    /// a name set beside what it names ("Monty, a giant schnauzer", "Monty the giant schnauzer"; not "Supporters say
    /// the line").
    /// </summary>
    private bool NameBeside(string sentence)
    {
        var words = Words(sentence);
        // "What's the name of the Lumen CEO": a leader is named beside a leader's title ("Chief executive Nils Arvid").
        var at = words.Select((w, i) => (Word: w.ToLowerInvariant(), i))
            .Where(x => Terms.Stem(x.Word) == named || (namedLeader && UnindexedThings.IsLeaderTitle(x.Word)))
            .Select(x => x.i).ToList();
        bool Joined(int i, int j) => !Enumerable.Range(Math.Min(i, j) + 1, Math.Max(0, Math.Abs(i - j) - 1)).Any(k => Linking.Contains(words[k].ToLowerInvariant()));
        var opensWithName = sentence.Split(' ', 2)[0].EndsWith(',') || (words.Count > 1 && words[1] is "the" or "a" or "an");
        bool Name(int i) => IsNewName(words[i]) && (i > 0 || opensWithName);
        return Enumerable.Range(0, words.Count).Any(i => Name(i) && at.Any(j => Math.Abs(i - j) <= Beside && Joined(i, j)));
    }

    /// <summary>
    /// Whether the sentence quotes a title the question lacks ("the release of Steven Spielberg's "Jaws" in 1975"): news
    /// names a film, show, song or book in quotes.
    /// </summary>
    private bool QuotesATitle(string sentence) =>
        QuotedTitle().Matches(sentence).Any(m => Words(m.Groups["t"].Value).Any(IsNewName));

    /// <summary>Whether a capitalised word other than the first is one the question lacks.</summary>
    private bool NewName(string sentence) => Words(sentence).Skip(1).Any(IsNewName);

    /// <remarks>A day or month is a date, not a name ("announced Monday" names no chain).</remarks>
    private bool IsNewName(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && !asked.Contains(Terms.Stem(word.ToLowerInvariant())) && !DatePhrase().IsMatch(word);

    /// <summary>Whether a word from position <paramref name="from"/> on that <paramref name="answers"/> stands within a few words of one the question is about.</summary>
    private bool NextToSubject(string sentence, Func<string, bool> answers, int from)
    {
        var words = Words(sentence);
        var about = words.Select(w => subjects.Contains(Terms.Stem(w.ToLowerInvariant()))).ToList();
        for (var i = from; i < words.Count; i++)
        {
            if (answers(words[i]) && Enumerable.Range(Math.Max(0, i - Beside), (2 * Beside) + 1).Any(j => j != i && j < words.Count && about[j]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a date of the sentence lies ahead: a year after the article's (<paramref name="year"/>), or one the words
    /// just before it put there ("is due to begin in the spring"), not one that only shares a sentence with a "will".
    /// </summary>
    private static bool IsAhead(string sentence, Match date, int? year)
    {
        if (int.TryParse(date.Value, out var named))
        {
            return (year is { } published && named > published) || Ahead().IsMatch(Before(sentence, date));
        }

        // A day or season a state lasts until ("kept a storm warning in place until Sunday morning") is when it ends.
        var before = Before(sentence, date);
        return Ahead().IsMatch(before) || Until().IsMatch(before);
    }

    /// <summary>The words of the date's clause before it, up to <see cref="AheadReach"/>.</summary>
    private static string Before(string sentence, Match date) =>
        string.Join(' ', sentence[(sentence.LastIndexOfAny(ClauseBreaks, Math.Max(0, date.Index - 1)) + 1)..date.Index]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(AheadReach));

    [GeneratedRegex(@"\b(?:until|till)(?:\s+(?:the|this|next))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Until();

    /// <summary>
    /// Whether the sentence holds the verb a "who did it" or "when was it done" question asks about, not a verb of saying,
    /// and refers back by "it", "them" or "this" after its first word ("paid 14 million crowns for it"). "Alma Vik said
    /// members accepted it" does not say "it" of the saying.
    /// </summary>
    private bool SaysTheVerbOfIt(ArticleSentence sentence) =>
        actedVerb is { } verb && QuestionKeywords.Says(verb, sentence.Stems) && Words(sentence.Text).Skip(1).Any(w => w is "it" or "them" or "this");

    /// <summary>Whether a word names a day, a month, a season or a year ("Friday", "2030").</summary>
    internal static bool IsDate(string word) => DatePhrase().IsMatch(word);

    /// <summary>Whether a text speaks of what lies ahead ("will", "is expected to", "next").</summary>
    internal static bool SaysAhead(string text) => Ahead().IsMatch(text);

    /// <summary>A sentence's words as written, without the punctuation around them.</summary>
    internal static List<string> Words(string sentence) =>
        [.. sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(Punctuation)).Where(w => w.Length > 0)];

    /// <summary>An answer must tell more than the question: the number, up to twenty, of a sentence's words the question lacks.</summary>
    private double Novelty(IReadOnlySet<string> sentence) =>
        Math.Min(1.0, sentence.Count(w => !asked.Contains(w) && !Terms.IsStopWord(w)) / 20.0);

    /// <summary>Words that put a question or a sentence in the future: "when will it open", "is due to finish in 2029".</summary>
    [GeneratedRegex(@"\b(will|would|supposed to|expects?|expected|forecasts?|due|going to|planned|plans|scheduled|set to|next|by the end)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ahead();

    /// <summary>
    /// Whether a sentence says who or what it speaks of only by a pronoun: it opens with one ("He also …", "This is …",
    /// not "This year …", where the word only points at the noun after it) or quotes someone only as "she said".
    /// </summary>
    private static bool LeansOnPronoun(string sentence)
    {
        var words = sentence.Split(' ', 3);
        return (Pronouns.Contains(words[0]) && !(Demonstratives.Contains(words[0]) && words.Length > 1 && !AfterPronoun.Contains(words[1])))
            || SaidByPronoun().IsMatch(sentence);
    }

    /// <summary>A saying whose speaker is only a pronoun: "…," she said; "…," he added.</summary>
    [GeneratedRegex(@"[,.!?""”’']\s*(?:he|she|they)\s+(?:said|says|added|adds|told|warned|explained|wrote)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SaidByPronoun();

    [GeneratedRegex(@"\bnames? of\s+(?<p>[^?.,;:!]+)|" + AnswerKinds.BareNameAsked + @"|\bwhat(?:'s|’s|\s+is|\s+was)\s+(?<p>[^?.,;:!]+?)(?:'s|’s)\s+names?\b|\bwhat(?:'s|’s|\s+is|\s+was|\s+were|\s+are|\s+will)\s+(?<p>[^?.,;:!]+?)\s+(?:be\s+)?called(?:\s+(?:that|which|who)\s[^?.,;:!]+)?\s*[?:.]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamingQuestion();

    [GeneratedRegex(@"\d")]
    private static partial Regex Figure();

    // Names that qualify the noun are passed over ("which US university", "which South Korean city"). After a name that
    // is itself the kind ("which Republican suffered") the verb is taken, which names no kind and so no sentence holds.
    [GeneratedRegex(@"\b(?:[Ww]hich|[Ww]hat)\s+(?:(?:\p{Lu}[\p{L}-]*)\s+){0,3}?(\p{L}+)\b(?<!\b\p{Lu}\p{L}*)", RegexOptions.CultureInvariant)]
    private static partial Regex KindQuestion();

    /// <summary>
    /// A question asking which work: "which movie", "which hit show", "which classic American drama"; not a verb after
    /// "which team will" ("which team will play").
    /// </summary>
    [GeneratedRegex(@"\b(?:which|what)\s+(?:(?!(?:did|does|do|will|would|can|could|should|is|was|are|were|has|have|had)\b)[\w'’-]+\s+){0,3}?(?:movie|film|show|series|sitcom|drama|comedy|documentary|song|single|album|book|novel|memoir|play|musical|opera|podcast|video game|game|painting|poem)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorkQuestion();

    [GeneratedRegex(@"^\s*what(?:'s|’s|\s+has)?\s+happen(?:ed|s)?\s+to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FateQuestion();

    /// <summary>A title in quotes, opening with a capital: "Jaws", “Death of a Salesman”.</summary>
    [GeneratedRegex(@"[""“](?<t>\p{Lu}[^""“”]{0,80}?)[,.!?]?[""”]", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedTitle();

    [GeneratedRegex(@"(al|ic|ian|ean|ese|ish|ous|ive|ary|ern)$", RegexOptions.CultureInvariant)]
    private static partial Regex Describing();


    /// <summary>Words giving a cause; not "due to" before a verb, which says when ("construction is due to begin in the spring").</summary>
    [GeneratedRegex(@"\b(because|due to(?! (?:be|begin|start|open|close|finish|end|arrive|resume|return|run|launch|take|meet|vote|report|appear|leave|sail|go)\b)|amid|after|as a result|caused by|blamed|owing to|so that|in order to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cause();

    /// <summary>What someone fears, worries about or objects to: why they feel as they do. Not a warning, which tells what may come.</summary>
    [GeneratedRegex(@"\b(fears?|feared|afraid|worr(?:y|ies|ied)|concerns?|concerned|complain(?:s|ed)?|object(?:s|ed)|protest(?:s|ed)?|angry|anger|upset|frustrat\w*|critici[sz]\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FeelingSaid();

    /// <summary>How people fared: hurt or unharmed, killed, treated and released, missing.</summary>
    [GeneratedRegex(@"\b(injur\w*|hurt|harmed|unharmed|killed|died|dead|deaths?|casualt(?:y|ies)|wounded|hospitali[sz]ed|treated|released|safe(?:ly)?|missing|survived?|survivors?|fatal\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Harmed();

    [GeneratedRegex(@"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|tomorrow|tonight|weekend|spring|summer|autumn|winter|(?:this|next|last|coming) (?:week|month|year)|(19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DatePhrase();

    /// <remarks>
    /// An editor's note speaks of the page ("This page is a summary of news on …"), not of the news; so does a video
    /// player's caption ("MUST WATCH Former CIA director explains … 01:20").
    /// </remarks>
    [GeneratedRegex(@"\b(sign up|subscribe|newsletter|follow us|click here|read more|download our app|share this|editor['’]s note|must watch|just watched|replay more videos)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Prompt();

    /// <summary>
    /// A link to another page set in the text: one opening with an arrow ("►Ted Lasso x Nike: …") or a kicker of capitals
    /// and a colon ("FOLLOW THE MONEY: MLB player salaries …"), a gallery's caption ("Hide Caption 27 of 44 Photos: …").
    /// </summary>
    [GeneratedRegex(@"^\s*(?:[►▶»]|[A-Z][A-Z'’]+(?:\s+[A-Z][A-Z'’]+)+:)|(?i:\bhide caption\b|\b\d+ of \d+ photos\b)", RegexOptions.CultureInvariant)]
    private static partial Regex RelatedLink();
}
