using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using NewsBot.Core.Retrieval;
using NewsBot.Core.Text;
using NewsBot.Core.Time;

namespace NewsBot.Core.Answering;

/// <summary>
/// Whether a question asks about what the news does not hold: a name no indexed article has, or a thing the answering
/// article never mentions and no word of its answer means; and how near a word of the question comes to the answer's.
/// </summary>
internal sealed class UnindexedThings(IEmbeddingGenerator<string, Embedding<float>> embedder)
{
    /// <summary>
    /// Cosine to the question without its names that a sentence near the whole question must keep to say what it asks
    /// (MiniLM: a report only sharing the names 0.12–0.25; the wide set's answered questions mostly 0.3–0.55).
    /// </summary>
    private const double UnnamedSimilarity = 0.3;

    /// <summary>Cosine at which a person's title in the story is the question's title otherwise written ("organiser" for "organizer").</summary>
    private const double SameTitleSimilarity = 0.8;

    /// <summary>The fewest letters of a word that may begin a thing written as one word ("shop" of "shopkeepers").</summary>
    private const int MinCompoundPart = 3;

    /// <summary>How much less near a word of the answer a thing must come when the article holds the word naming what it is part of.</summary>
    private const double PartOfHeldMargin = 0.1;

    /// <summary>Verbs that mean little without their object, so never stand for a word of the question by meaning.</summary>
    private static readonly HashSet<string> PlainVerbs = new(StringComparer.Ordinal)
    {
        "make", "makes", "made", "making", "take", "takes", "took", "taken", "taking", "get", "gets", "got", "getting",
        "give", "gives", "gave", "given", "giving", "put", "puts", "putting", "keep", "keeps", "kept", "set", "sets",
    };

    /// <summary>
    /// A word of the question that no indexed article holds, even corrected, means the news does not cover what was
    /// asked when it is a name, or when it names a thing ("the new airport") that no word of the answering article
    /// means nearly the same as ("the ferry walkout" is answered by "strike", "the new airport" by nothing in a story
    /// about a tram). Unknown verbs and adverbs do not count: a story words those its own way. Returns why the answer
    /// must decline, or null when it may stand.
    /// </summary>
    public async Task<string?> AsksAboutTheUnindexedAsync(
        string question,
        RetrievalResult retrieval,
        List<SentenceCandidate> best,
        AnswerOptions settings,
        StoryWords stories,
        CancellationToken cancellationToken)
    {
        var names = QuestionNames.Of(question);
        var acronyms = best.SelectMany(c => Acronyms.Of(c.Text)).ToHashSet(StringComparer.Ordinal);
        if (retrieval.Unknown.FirstOrDefault(u => names.Contains(u) && !acronyms.Contains(u) && !(QuestionNames.IsCalendar(u) && Dates(question, retrieval.AskedAt, best[0].Article))) is { } name)
        {
            return $"the name '{name}' is in no indexed article";
        }

        // A thing the answering article never mentions is as missing as one no article holds ("the mayor of Millbrook"
        // answered from a Millbrook hospital story). A name it lacks ("if he were still an MP") is not a thing: the
        // names' rule has judged it already.
        var stems = await stories.StemsAsync(best[0].Article, cancellationToken);
        var absent = retrieval.Keywords.Where(k => !QuestionKeywords.Says(Terms.Stem(k), stems) && !retrieval.Unknown.Contains(k)).ToList();
        var asking = Briefing.AskingWords(question);
        var measure = FigureKind.MeasureNoun(question);
        // "Were there any casualties" is answered by a sentence saying how people fared, in whatever words.
        var harmSaid = AnswerKinds.Of(question) == AnswerKind.Harm && best.Any(c => c.FitsKind);
        var heads = QuestionThings.HeadsAmong(question, absent);
        // "Solar power" asked of a wind farm story that holds neither word: the kind of power is as missing as the power.
        var kinds = heads.Select(h => QuestionThings.Modifier(question, h, names)).OfType<string>().Where(absent.Contains).ToList();
        // So is what a leader asked for leads ("the union leader"), when the story names a leader of another thing.
        var led = QuestionThings.LeadersKind(question, names) is { } l && absent.Contains(l) ? l : null;
        // "Did the ferry company go bankrupt": a state no indexed article holds is as missing as a thing.
        var states = QuestionThings.StatesAmong(question, retrieval.Unknown);
        // "What did the Lumen boss say", "who is the Lumen CEO": a leader asked for, or asked what they said, is said by a
        // leader's title ("Chief executive Nils Arvid"); not one asked about otherwise ("how much did Lumen pay its CEO").
        var leaderNamed = new Lazy<bool>(() => (AnswerKinds.Of(question) is AnswerKind.Person or AnswerKind.Name || SentenceScorer.NamedThing(question) is not null || Speech.Asked(question))
            && NamesALeader(best.Select(c => c.Text)));
        var things = QuestionThings.Among(question, retrieval.Unknown).Concat(heads).Concat(kinds).Concat(led is null ? [] : [led])
            .Concat(QuestionThings.OfKeywordQuery(question, [.. retrieval.Unknown, .. absent]))
            .Concat(states)
            .Where(t => !QuestionKeywords.Says(Terms.Stem(t), stems) && !StoryWords.EndsACompound(stems, Terms.Stem(t)) && !(QuestionThings.IsLeader(t) && leaderNamed.Value) && !FigureKind.GivesMoneyFor(t, best.Where(c => c.Answers(settings)).Select(c => c.Text)) && !asking.Contains(t) && t != measure && !FigureKind.NamesTheSum(question, t) && !names.Contains(t) && !(harmSaid && AnswerKinds.AsksHarmWith(t)))
            .Distinct(StringComparer.Ordinal).ToList();
        // "Who is the new chief of the coast guard" is not answered by a rescue story naming no one but a boat ("their boat,
        // the Grey Heron"): a leader is named with a leader's title ("Chief executive Nils Arvid"). Nor is "who is the boss
        // of the ferry company" by "Union organiser Alma Vik", titled but leading nothing.
        // Nor is "who runs the coastguard" by that rescue story, nor "who runs the ferry company" by "Harbour master Jonas
        // Lind", titled as the leader of another thing ("who is in charge of the harbour" is). A story saying the verb of
        // someone named says it too ("Odile Marsh, who runs the harbour library"); the verb said of another thing ("extra
        // crossings would run over the weekend") does not.
        if (QuestionThings.AsksWhoLeads(question) && !NamesALeader(best.Where(c => c.FitsKind).Select(c => c.Text), Terms.Words(question).ToHashSet(StringComparer.Ordinal))
            && !(QuestionThings.LeadingVerb(question) is { } leading && best.Any(c => c.FitsKind && SaysWhoDoes(c.Text, leading))))
        {
            return "no one the answering article names has a leader's title";
        }

        if (things.Count == 0)
        {
            return null;
        }

        // A sentence that says what the whole question says, in other words, answers it: a thing it lacks is then the
        // asker's own wording ("the head librarian" for "chief librarian"), not one the news does not cover. Unless
        // only the names make it near: "Who is the coach of Millbrook Rovers?" is not said by the match report. Nor does the
        // source named ("according to the central bank") make a sentence say what is asked.
        var named = names.Count > 0 ? names : QuestionNames.WrittenAsNames(question, best.Select(c => c.Text));
        // A moment ahead asked ("when is the next council meeting about the tram") is said only by a sentence giving one:
        // the vote's report, near the question in meaning, says nothing of a meeting to come. Nor is "who is the chief
        // executive of the ferry company" said by "the ferry company said the deal gives crews a pay rise", which names no one.
        var kind = AnswerKinds.Of(question);
        var saying = SentenceScorer.AsksAhead(question, kind) || kind == AnswerKind.Person ? best.Where(c => c.FitsKind).ToList() : best;
        // What a leader asked for leads stays to be said, as a sentence naming another leader is as near: "Chief executive
        // Nils Arvid" is near "who is the union leader at Lumen Robotics", but leads the company, not a union.
        if (saying.Count > 0 && saying.Max(c => c.Similarity) >= settings.MinSimilarity
            && await NearWithoutTheNamesAsync(QuestionFocus.WithoutSource(retrieval.SearchText), named, saying, settings, cancellationToken))
        {
            // Nor does a sentence near the question say a state no story holds: the ferry deal's report is as near "did the
            // ferry company go bankrupt" as it would be to "did the ferry company go back to work". Nor a thing no indexed
            // article names: the cup final's report is near "who won the basketball league in Millbrook" by its town and
            // its winning, and says nothing of basketball. Only such a word describing another of the question's words
            // ("basketball league") is sure to name a kind of thing: a word of a verb's form is more likely the asker's own
            // verb, and a word ending the question ("is the ferry running tomorrow") may say when.
            var unsaid = things.Where(t => t == led || states.Contains(t) || KindUnindexed(t)).ToList();
            if (unsaid.Count == 0)
            {
                return null;
            }

            things = unsaid;
        }

        var words = AnswerWords(best);
        if (words.Count == 0)
        {
            return $"'{things[0]}' is not in the answering article";
        }

        // A title the story gives someone ("Striker Ida Sund") names that one person: another title the question asks
        // about ("who is the goalkeeper"), near in meaning as titles of one trade are, is another person; only the same
        // title otherwise spelt ("organizer") stands for it.
        var titles = Titles(best.Select(c => c.Text));
        var headline = QuestionKeywords.Stems(best[0].Article.Title);
        var vectors = await embedder.GenerateAsync([.. things, .. words], cancellationToken: cancellationToken);

        // A word of the answer the question says itself stands for itself: the tram story's "vote" is the question's
        // "voted", not the "election" it asks about.
        var own = QuestionKeywords.Stems(retrieval.SearchText);
        for (var t = 0; t < things.Count; t++)
        {
            // "Which town did the new factory open in" is answered by the place a sentence names: "a factory in Eastfield".
            if (QuestionThings.AsksAPlaceKind(question, things[t]) && best.Any(c => c.NamesPlace && !c.IsHeadline))
            {
                continue;
            }

            var thing = vectors[t].Vector;
            var describing = QuestionThings.Modifier(question, things[t], named);
            var modifier = describing is { } word ? Terms.Stem(retrieval.Corrections.GetValueOrDefault(word, word)) : null;

            // The word describing the thing cannot stand for it: "the helicopter pilot" is not meant by "helicopter".
            var nearest = Enumerable.Range(things.Count, words.Count)
                .Where(i => Terms.Stem(words[i - things.Count]) != modifier && !own.Contains(Terms.Stem(words[i - things.Count])))
                .Select(i => (Word: words[i - things.Count], Similarity: (double)TensorPrimitives.CosineSimilarity(thing.Span, vectors[i].Vector.Span)))
                .Where(w => !titles.Contains(w.Word) || w.Similarity >= SameTitleSimilarity)
                .Select(w => w.Similarity)
                .DefaultIfEmpty(0)
                .Max();

            // A thing named by a part of something the article's headline holds ("the cup final" of "Millbrook Rovers win
            // regional cup") needs only come near a word of the answer ("won"): the story is about that something. Not
            // of something it only mentions: a tram story naming the mayor is not about a mayoral election.
            // So does the kind of answer asked ("which team") when a sentence of the answer names one: the story names the
            // team ("Port Ellery Athletic") and calls it a club or a side, if anything.
            // A thing the question describes by what the story says befell it ("the evacuated families" of a story whose
            // homes "were evacuated") needs as little.
            // A thing no indexed article names needs a word meaning the same ("vessel" for "boat"), not one of its field:
            // "votes" is not an election, nor "football" basketball.
            var partOf = modifier is not null
                && (headline.Contains(modifier) || (describing!.EndsWith("ed", StringComparison.Ordinal) && stems.Contains(modifier)));
            var bar = partOf || (QuestionThings.NamesTheAnswersKind(question, things[t]) && best.Any(c => c.FitsKind && !c.IsHeadline))
                ? settings.UnknownWordSimilarity - PartOfHeldMargin
                : retrieval.Unknown.Contains(things[t]) ? Math.Max(WordsAlike.SameMeaning, settings.UnknownWordSimilarity) : settings.UnknownWordSimilarity;
            if (nearest < bar && await CompoundNearestAsync(things[t], vectors[t], best, cancellationToken) < bar)
            {
                return $"'{things[t]}' is not in the answering article and no word of its answer means it (nearest {nearest:F2}; best sentence similarity {best.Max(c => c.Similarity):F2}, coverage {best.Max(c => c.Coverage):F2})";
            }
        }

        return null;

        // A word no indexed article holds that describes another word of the question ("basketball" of "league").
        bool KindUnindexed(string thing) =>
            retrieval.Unknown.Contains(thing) && !Terms.EndsAsVerbForm(thing)
            && retrieval.Keywords.Any(k => k != thing && QuestionThings.Modifier(question, k, names) == thing);
    }

    /// <summary>
    /// The cosine of a one-word thing to the nearest pair of words of the answer that writes it as two, the first
    /// beginning it ("shop owners" for "shopkeepers", "fire crews" for "firefighters"); 0 when no pair does.
    /// </summary>
    private async Task<double> CompoundNearestAsync(string thing, Embedding<float> vector, List<SentenceCandidate> best, CancellationToken cancellationToken)
    {
        var pairs = best
            .SelectMany(c => Pairs(Terms.Words(c.Text).ToList()))
            .Where(p => p.First.Length >= MinCompoundPart && p.First.Length < thing.Length && thing.StartsWith(p.First, StringComparison.Ordinal))
            .Select(p => $"{p.First} {p.Second}")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (pairs.Count == 0)
        {
            return 0;
        }

        var vectors = await embedder.GenerateAsync(pairs, cancellationToken: cancellationToken);
        return vectors.Max(v => (double)TensorPrimitives.CosineSimilarity(vector.Vector.Span, v.Vector.Span));

        static IEnumerable<(string First, string Second)> Pairs(List<string> words) =>
            words.Zip(words.Skip(1)).Where(p => p.First.All(char.IsLetter) && p.Second.All(char.IsLetter) && !Terms.IsStopWord(p.Second));
    }

    /// <summary>
    /// Whether one of the answer's sentences near the question in meaning stays near it without the question's names: a
    /// sentence that only shares them ("Millbrook Rovers won the regional cup" for "who is the coach of Millbrook
    /// Rovers?", 0.55 with the names, 0.12 without) does not say what is asked. True when the question names nothing.
    /// </summary>
    private Task<bool> NearWithoutTheNamesAsync(string question, IReadOnlySet<string> names, List<SentenceCandidate> best, AnswerOptions settings, CancellationToken cancellationToken) =>
        NearWithoutTheNamesAsync(question, names, [.. best.Where(c => c.Similarity >= settings.MinSimilarity).Select(c => c.Text).Distinct(StringComparer.Ordinal)], cancellationToken);

    private async Task<bool> NearWithoutTheNamesAsync(string question, IReadOnlySet<string> names, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var words = Terms.Words(question).ToList();
        var unnamed = words.Where(w => !names.Contains(w)).ToList();
        if (unnamed.Count == words.Count || unnamed.Count == 0)
        {
            return true;
        }

        var vectors = await embedder.GenerateAsync([string.Join(' ', unnamed), .. texts], cancellationToken: cancellationToken);
        return Enumerable.Range(1, texts.Count).Any(i => TensorPrimitives.CosineSimilarity(vectors[0].Vector.Span, vectors[i].Vector.Span) >= UnnamedSimilarity);
    }

    /// <summary>
    /// Whether a further source's sentence says more of the question than its names (<paramref name="names"/>, their
    /// words): it holds one of the question's other key words, or comes near the question in meaning, with or without
    /// the names. "Ferry services between Port Ellery and the Skerry Islands will resume" says nothing of which boat
    /// sank near the Skerry Islands; "Hilary is still expected to bring heavy rain and flooding" does say of a state
    /// Hurricane Hilary damaged. A question naming nothing leaves the sentence to the other checks.
    /// </summary>
    public Task<bool> SaysMoreThanTheNamesAsync(RetrievalResult retrieval, IReadOnlySet<string> names, SentenceCandidate sentence, AnswerOptions settings, CancellationToken cancellationToken)
    {
        var unnamed = retrieval.Keywords.Where(k => !names.Contains(k) && !k.Any(char.IsDigit)).Select(Terms.Stem).ToHashSet(StringComparer.Ordinal);
        return unnamed.Count == 0 || sentence.Similarity >= settings.MinSimilarity || QuestionKeywords.Stems(sentence.Text).Overlaps(unnamed)
            ? Task.FromResult(true)
            : NearWithoutTheNamesAsync(QuestionFocus.WithoutSource(retrieval.SearchText), names, [sentence.Text], cancellationToken);
    }

    /// <summary>
    /// The key words of an article's sentences that may stand for a word of the question: figures, short words and the
    /// verbs that mean little alone left out ("the city has made" does not say who "designed" the tram stops), and the
    /// last word of a name, which names its bearer, not a thing: "Port Ellery Athletic" says nothing of basketball.
    /// </summary>
    private static List<string> AnswerWords(List<SentenceCandidate> ranked)
    {
        var named = NameEnds(ranked.Select(c => c.Text));
        return [.. ranked.SelectMany(c => Terms.Keywords(c.Text)).Where(w => w.Length > 2 && !w.Any(char.IsDigit) && !PlainVerbs.Contains(w) && !named.Contains(w)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The last words, lower-cased, of names of two or more capitalised words ("athletic" of "Port Ellery Athletic"), unless
    /// the texts also write them in lower case.
    /// </summary>
    private static HashSet<string> NameEnds(IEnumerable<string> texts)
    {
        var ends = new HashSet<string>(StringComparer.Ordinal);
        var plain = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var words = SentenceScorer.Words(text);
            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i];
                if (!char.IsUpper(word[0]))
                {
                    plain.Add(word.ToLowerInvariant());
                }
                else if (i > 0 && char.IsUpper(words[i - 1][0]) && (i + 1 == words.Count || !char.IsUpper(words[i + 1][0])))
                {
                    ends.Add(Terms.WithoutPossessive(word).ToLowerInvariant());
                }
            }
        }

        ends.ExceptWith(plain);
        return ends;
    }

    /// <summary>Words of a title that make its bearer lead something ("Chief librarian", "Governor", "Mayor").</summary>
    private static readonly HashSet<string> LeaderTitles = new(StringComparer.Ordinal)
    {
        "chief", "head", "executive", "director", "president", "chair", "chairman", "chairwoman", "chairperson", "governor",
        "mayor", "manager", "leader", "boss", "ceo", "principal", "commissioner", "captain", "founder", "owner", "premier",
        "minister", "secretary", "superintendent", "dean", "coach",
    };

    /// <summary>
    /// Whether a title before a name (see <see cref="Titles"/>), or the word before that title ("Chief" of "Chief
    /// librarian Odile Marsh"), is a leader's; or, given the <paramref name="questionWords"/>, the title of one over a
    /// thing the question names ("Harbour master Jonas Lind" for "who is in charge of the harbour"). A team is coached by a
    /// coach or a manager: "who coaches Port Ellery Athletic" is not answered by "Mayor Ilse Brandt".
    /// </summary>
    public static bool NamesALeader(IEnumerable<string> texts, IReadOnlySet<string>? questionWords = null)
    {
        questionWords ??= new HashSet<string>(StringComparer.Ordinal);
        Func<string, bool> leads = questionWords.Any(w => w.StartsWith("coach", StringComparison.Ordinal)) ? CoachTitles.Contains : IsLeaderTitle;
        return TitlesBeforeNames(texts).Any(t => leads(t.Title) || (t.Before is { } before && (leads(before) || questionWords.Contains(before))));
    }

    /// <summary>Whether a sentence says who does what a verb's stem says ("Odile Marsh, who runs the library", "who is in charge of").</summary>
    private static bool SaysWhoDoes(string text, string verbStem)
    {
        var words = Terms.Words(text).ToList();
        return Enumerable.Range(0, words.Count).Any(i => words[i] == "who" && words.Skip(i + 1).Take(3).Any(w => Terms.Stem(w) == verbStem));
    }

    private static readonly HashSet<string> CoachTitles = new(StringComparer.Ordinal) { "coach", "manager", "boss", "trainer" };

    /// <summary>Whether a lower-case word is a leader's title ("chief", "executive", "governor").</summary>
    public static bool IsLeaderTitle(string word) => LeaderTitles.Contains(word);


    /// <summary>
    /// The words that stand right before a name of two capitalised words as its bearer's title ("striker" in "Striker Ida
    /// Sund", "executive" in "Chief executive Nils Arvid"), lower-cased; not a verb form ("beating Port Ellery Athletic")
    /// nor a word joined to the name by punctuation ("the developer, Brisk Energy").
    /// </summary>
    private static HashSet<string> Titles(IEnumerable<string> texts) =>
        TitlesBeforeNames(texts).Select(t => t.Title).ToHashSet(StringComparer.Ordinal);

    /// <summary>Each title <see cref="Titles"/> finds, lower-cased, with the word before it, if any, lower-cased too.</summary>
    private static IEnumerable<(string Title, string? Before)> TitlesBeforeNames(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + 2 < tokens.Length; i++)
            {
                var word = tokens[i];
                if (word.Length > 2 && word.All(char.IsLetter) && IsNameWord(tokens[i + 1]) && IsNameWord(tokens[i + 2].TrimEnd(',', '.', ';', ':'))
                    && !Terms.EndsAsVerbForm(word)
                    && !Terms.IsStopWord(word.ToLowerInvariant()) && (!char.IsUpper(word[0]) || ShapedLikeATitle(word.ToLowerInvariant())))
                {
                    yield return (word.ToLowerInvariant(), i > 0 ? Terms.Words(tokens[i - 1]).LastOrDefault() : null);
                }
            }
        }
    }

    /// <summary>
    /// Whether a capitalised word before a name is shaped like a title ("Governor", "Mayor", "Striker", "Chief"), not the
    /// first word of a longer name ("Millbrook General Hospital"): a title ends as a doer's or office's word does.
    /// </summary>
    private static bool ShapedLikeATitle(string word) =>
        LeaderTitles.Contains(word) || TitleWords.Contains(word) || TitleEndings.Any(e => word.Length > e.Length + 2 && word.EndsWith(e, StringComparison.Ordinal));

    /// <summary>Endings of words for a doer or an office: governor, striker, librarian, president, secretary, economist.</summary>
    private static readonly string[] TitleEndings = ["or", "er", "ian", "ent", "ant", "ary", "ist", "ee"];

    /// <summary>Titles without such an ending, besides the <see cref="LeaderTitles"/>.</summary>
    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "general", "judge", "coach", "sheriff", "rabbi", "pope", "king", "queen", "prince", "princess", "lord", "lady", "sir",
        "dame", "councilwoman", "councilman", "detective", "colonel", "admiral", "bishop", "cardinal",
    };

    private static bool IsNameWord(string token) => token.Length > 1 && char.IsUpper(token[0]) && token.All(char.IsLetter);

    /// <summary>
    /// Whether a month or day the question names is its date rather than a name the report must repeat: the report is
    /// dated in it ("what was decided about the tram on November 16", reported on the 17th too), or the question asks
    /// what happened then, which the answer says it has nothing from when no report tells of it (see <see cref="NamedDate"/>).
    /// </summary>
    private static bool Dates(string question, DateTimeOffset askedAt, RetrievedArticle article) =>
        NamedDate.Past(question, askedAt) is not null || (NamedDate.Of(question, askedAt) is { } named && NamedDate.DatedIn(named, article.Published));

    /// <summary>
    /// The cosine of <paramref name="word"/> to the nearest of an article's <see cref="AnswerWords"/>, leaving out those
    /// with a stem in <paramref name="own"/> (when given): a word the question says itself ("wind" in "how strong was
    /// the wind in the storm") stands for itself, not for another of its words.
    /// </summary>
    public async Task<double> NearestWordAsync(string word, List<SentenceCandidate> ranked, IReadOnlySet<string>? own, CancellationToken cancellationToken)
    {
        var words = AnswerWords(ranked).Where(w => own is null || !own.Contains(Terms.Stem(w))).ToList();
        if (words.Count == 0)
        {
            return 0;
        }

        var vectors = await embedder.GenerateAsync([word, .. words], cancellationToken: cancellationToken);
        return Enumerable.Range(1, words.Count).Max(i => TensorPrimitives.CosineSimilarity(vectors[0].Vector.Span, vectors[i].Vector.Span));
    }
}
