using System.Text.RegularExpressions;
using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>
/// The things a question asks about among some of its words: those standing within two words after a determiner, a
/// possessive or "of" ("the new airport", "the price of bitcoin", "a ferry ticket"; not after "that", which as often
/// starts a clause: "the boat that went down"); among words no article holds, also a word right after "which", "what"
/// or "whose" ("which insurer"). A phrase ends at a comma or question mark. The last word of a longer phrase ("the next
/// council meeting") is a thing too, unless a helping verb comes before the phrase: then it is as often the verb after
/// its subject ("can the wind farm supply"). Most verbs and adverbs ("went down", "how long", "actually") are
/// left out: a story words those its own way without being about something else. So is a common verb right after a
/// subject the helping verb put it behind ("which islands do the ferries serve"); another word there ("did the council
/// vet") is taken for a thing: without a tagger the two cannot be told apart, and it is then checked by meaning.
/// </summary>
internal static partial class QuestionThings
{
    /// <summary>How many words a phrase after an opener may have for its last to be taken as a thing ("the Port Ellery mayoral election").</summary>
    private const int MaxPhraseWords = 4;

    /// <summary>The most words a question of key words alone may have ("river alder flood peak height").</summary>
    private const int MaxKeywordQuery = 6;

    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "their", "his", "her", "its", "our", "my", "your", "this", "these", "those", "of", "any", "about",
    };

    /// <summary>Words asking for news, after which "on" means "about" ("anything on crime", "news on housing").</summary>
    private static readonly HashSet<string> Requests = new(StringComparer.Ordinal)
    {
        "anything", "something", "news", "updates", "update", "stories", "story", "more", "info", "information",
    };

    /// <summary>Question nouns that ask for the answer rather than name what it is about.</summary>
    private static readonly HashSet<string> AskingNouns = new(StringComparer.Ordinal)
    {
        "name", "number", "amount", "kind", "type", "way", "time", "moment", "day", "date", "year", "reason", "place", "person", "people", "thing",
        "feature", "features", "result", "outcome", "decision", "announcement", "difference", "differences", "gap",
    };

    /// <summary>
    /// Words for the news itself ("do the outlets agree on the cost"): what reports it, not what it reports. "Story" and
    /// "article" are stop words (<see cref="Terms.IsStopWord"/>), so never among a question's words.
    /// </summary>
    private static readonly HashSet<string> NewsNouns = new(StringComparer.Ordinal)
    {
        "outlet", "outlets", "newspaper", "newspapers", "paper", "papers", "media", "source", "sources", "coverage", "headline",
        "headlines", "report", "reports",
    };

    /// <summary>
    /// Words that grade a measure or a figure asked for ("the top wind speed", "the total cost", "the real cost"), not a
    /// thing a story must hold.
    /// </summary>
    private static readonly HashSet<string> Grades = new(StringComparer.Ordinal)
    {
        "top", "maximum", "minimum", "average", "highest", "lowest", "total", "overall", "exact", "approximate",
        "real", "actual", "true", "precise",
    };

    /// <summary>
    /// Words that say which of a thing's versions is meant ("the final score", "the latest figures", "the current rate"):
    /// describing a word after them, they are not a thing a story must hold; ending their phrase, they are ("the final").
    /// </summary>
    private static readonly HashSet<string> Versions = new(StringComparer.Ordinal)
    {
        "final", "latest", "current", "official", "initial", "original", "previous", "present",
    };

    /// <summary>
    /// Words that say what a thing is like, not what it is part of ("the new stadium", "the old bridge"): a story holding
    /// "new trams" is not about the new stadium. Describing a word after them, they are no thing a story must hold either
    /// ("there was a big storm").
    /// </summary>
    private static readonly HashSet<string> Qualities = new(StringComparer.Ordinal)
    {
        "new", "old", "big", "small", "large", "little", "first", "last", "next", "former", "other", "same", "long", "short",
        "high", "low", "early", "late", "recent",
    };

    /// <summary>
    /// Spans of time ("the coast last weekend"), like the names of days and months ("the 19th of November", see
    /// <see cref="QuestionNames.IsCalendar"/>): the question's time, which retrieval's window handles, not a thing asked about.
    /// </summary>
    private static readonly HashSet<string> TimeNouns = new(StringComparer.Ordinal)
    {
        "week", "weekend", "month", "night", "morning", "evening", "afternoon", "hour", "minute", "decade", "century", "today", "tonight",
    };

    /// <summary>
    /// Nouns for whoever leads something ("who is the head of the central bank", "who's the boss of Lumen Robotics"): asked
    /// with "who", they ask for the person, whom a story names by a title of its own ("Governor Hanna Ekdahl", "chief
    /// executive Nils Arvid"), as a verb of leading is answered (see <see cref="AskedVerb"/>).
    /// </summary>
    private static readonly HashSet<string> Leaders = new(StringComparer.Ordinal)
    {
        "head", "boss", "leader", "chief", "ceo",
    };

    /// <summary>Words that join what follows to a phrase ("the policy behind these penalties"), beyond the stop words.</summary>
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal)
    {
        "behind", "near", "inside", "outside", "across", "along", "beyond", "within", "without", "beside", "toward", "towards",
        "among", "despite", "via", "per", "since",
    };

    /// <summary>
    /// Words that join a phrase to what follows ("due to an ongoing war", "according to", "who pays for the tram besides
    /// the city"), as <see cref="Joiners"/> do: never a thing asked about.
    /// </summary>
    private static readonly HashSet<string> Linkers = new(StringComparer.Ordinal)
    {
        "due", "according", "prior", "thanks", "owing", "regarding", "amid", "ago", "besides", "except", "instead", "amongst",
        "unlike", "upon", "versus",
    };

    /// <summary>
    /// Prepositions before a bare noun that ends a question ("challenged in court", "lost at sea"): that noun is a thing
    /// asked about, as one after "the" is.
    /// </summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "in", "at", "on", "into", "to", "from", "with", "by", "for",
    };

    /// <summary>Nouns that end idioms after a preposition ("in fact", "for sure", "by far"): no thing asked about.</summary>
    private static readonly HashSet<string> IdiomEnds = new(StringComparer.Ordinal)
    {
        "fact", "general", "sure", "far", "once", "advance", "particular", "detail", "short", "brief", "turn", "addition",
        "total", "average", "time", "place", "charge", "stake", "question", "common", "return",
    };

    /// <summary>Words standing for someone or something not named ("did anyone get hurt"): never a thing a story must hold.</summary>
    private static readonly HashSet<string> Indefinites = new(StringComparer.Ordinal)
    {
        "anyone", "anybody", "anything", "someone", "somebody", "something", "everyone", "everybody", "everything",
        "nobody", "nothing",
    };

    /// <summary>Marks that end a phrase: in "hit a record, right?" the determiner does not reach "right".</summary>
    private static readonly char[] ClauseEnds = [',', ';', ':', '?', '!'];

    /// <summary>Question words that a thing may follow directly: "which insurer", "what company", "whose car".</summary>
    private static readonly HashSet<string> Askers = new(StringComparer.Ordinal) { "which", "what", "whose" };

    /// <summary>Helping verbs a question puts before its subject: "did the council decide", "will the tram open".</summary>
    private static readonly HashSet<string> Helpers = new(StringComparer.Ordinal)
    {
        "did", "does", "do", "will", "would", "can", "could", "should", "shall", "may", "might",
    };

    /// <summary>Common verbs in their plain form, as they follow a question's subject ("did the new school cost").</summary>
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "cost", "open", "reopen", "close", "start", "begin", "end", "finish", "last", "decide", "say", "mean", "need",
        "want", "pay", "get", "take", "make", "run", "win", "lose", "happen", "work", "go", "come", "leave", "arrive",
        "sell", "buy", "build", "hold", "plan", "stay", "serve", "charge", "earn", "spend", "employ", "rise", "fall",
        "vote", "agree", "announce", "approve", "reach", "hit", "affect", "change", "look", "offer", "use", "stop",
        "report", "write", "claim", "find", "show", "reveal", "warn", "predict", "expect", "give", "put", "keep", "set",
        "promise", "pledge", "propose", "suggest", "ask", "tell", "demand", "think", "believe", "hope", "fear", "admit",
        "deny", "argue", "insist", "confirm", "explain", "cut", "raise", "lower", "reduce", "increase", "hire", "fire", "ban",
        "allow", "block", "reject", "accept", "sign", "launch", "fund", "support", "oppose", "save", "send", "add", "drop",
        "disagree", "differ", "compare", "contradict", "install", "include", "replace", "release", "rescue", "evacuate",
        "kill", "injure", "damage", "destroy", "sink", "survive", "join", "beat", "lift", "treat", "produce", "connect",
        "create", "provide", "require", "remove", "repair", "attend", "improve", "expand", "extend", "complete", "delay",
        "cancel", "resume", "receive", "back", "endorse", "favour", "favor", "welcome", "pass",
    };

    /// <summary>Verbs that carry little meaning of their own ("where are the ferries going to"): never a thing asked about.</summary>
    private static readonly HashSet<string> LightVerbs = new(StringComparer.Ordinal)
    {
        "go", "goes", "going", "went", "gone", "get", "gets", "getting", "got", "gotten", "come", "comes", "coming", "came",
    };

    /// <summary>Adverbs without an adverb's ending ("is the river still flooding"), never a thing asked about.</summary>
    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "still", "yet", "already", "again", "ever", "soon", "now", "just", "even", "also", "anymore", "really", "too", "ahead", "away",
        "forward", "together", "abroad", "anyway",
    };

    /// <summary>Endings of adverbs ("actually", "recently", "exactly"), which are never a thing asked about.</summary>
    private static readonly string[] AdverbEndings = ["ally", "ently", "antly", "ctly", "ously", "ively", "ely"];

    /// <summary>Number words: a figure, not a thing ("a five-year project"); so is any word with a digit ("the 19th of November").</summary>
    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "hundred", "thousand", "million", "billion",
    };

    /// <summary>Whether a word joins what follows it to a phrase ("behind", "within", "despite"), so ends a phrase before it.</summary>
    public static bool IsJoiner(string word) => Joiners.Contains(word);

    /// <summary>Whether a word is a verb that says little on its own ("going", "got"): where or how is said by the words after it.</summary>
    public static bool IsLightVerb(string word) => LightVerbs.Contains(word);

    /// <summary>Whether a word names whoever leads something, with no title of their own ("boss", "head", "chief").</summary>
    public static bool IsLeader(string word) => Leaders.Contains(word);

    /// <summary>
    /// Whether a question asks who leads something ("who is the new chief of the coast guard", "who's the boss of Lumen
    /// Robotics"): a story names a leader with a title of their own ("Chief executive Nils Arvid", "Governor Hanna Ekdahl").
    /// </summary>
    public static bool AsksForALeader(string question) => AnswerKinds.AsksWhoHoldsARole(question) && Terms.Words(question).Any(Leaders.Contains);

    /// <summary>
    /// Whether a question asks who leads something, by a leader's noun (see <see cref="AsksForALeader"/>) or by a verb of
    /// leading ("who runs the coastguard", "who coaches Port Ellery Athletic", "who is in charge of the harbour").
    /// </summary>
    public static bool AsksWhoLeads(string question) => AsksForALeader(question) || LeadingQuestion().IsMatch(question);

    /// <summary>The stem of the verb of leading a question asks with ("run" of "who runs the library"), or null.</summary>
    public static string? LeadingVerb(string question) =>
        LeadingQuestion().Match(question) is { Success: true } m ? Terms.Stem(Terms.Words(m.Groups["verb"].Value).First(w => w is not ("in" or "of"))) : null;

    [GeneratedRegex(@"\bwho(?:'s|’s|\s+is|\s+will\s+be)?\s+(?:actually\s+|now\s+|currently\s+)?(?<verb>runs|running|leads|leading|heads|heading|manages|managing|coaches|coaching|chairs|chairing|directs|directing|governs|oversees|in\s+charge\s+of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingQuestion();

    public static IReadOnlyList<string> Among(string question, IReadOnlyCollection<string> words) => Find(question, words, headsOnly: false);

    /// <summary>
    /// The word naming what a leader asked for leads ("union" in "who is the union leader at Lumen Robotics"), or null: the
    /// leader's title is the kind of answer, which a story gives as its own title, but what it leads must be said.
    /// </summary>
    public static string? LeadersKind(string question, IReadOnlySet<string> names) =>
        AsksForALeader(question)
            ? Terms.Words(question).Where(Leaders.Contains).Select(l => Modifier(question, l, names)).OfType<string>().FirstOrDefault()
            : null;

    /// <summary>
    /// The things among <paramref name="words"/> the question is about, as <see cref="Among"/> finds them, but not the
    /// word after "which" or "what", which names the kind of answer ("which property") rather than its topic.
    /// </summary>
    public static IReadOnlyList<string> Topics(string question, IReadOnlyCollection<string> words) => Find(question, words, headsOnly: false, kinds: false);

    /// <summary>Nouns for a kind of place, which a story names ("in Eastfield") without calling it one.</summary>
    private static readonly HashSet<string> PlaceKinds = new(StringComparer.Ordinal)
    {
        "town", "city", "village", "country", "nation", "state", "region", "county", "province", "island", "district", "suburb", "neighbourhood", "neighborhood",
    };

    /// <summary>
    /// Whether <paramref name="word"/> asks for a kind of place ("which town did the factory open in"): a story answers with
    /// the place's name ("a factory in Eastfield") and seldom calls it a town.
    /// </summary>
    public static bool AsksAPlaceKind(string question, string word) => PlaceKinds.Contains(word) && NamesTheAnswersKind(question, word);

    /// <summary>
    /// Whether <paramref name="word"/> stands right after "which", "what" or "whose" in <paramref name="question"/> ("which
    /// team lost the cup final"): it names the kind of the answer, which a story names without the word ("Port Ellery
    /// Athletic").
    /// </summary>
    public static bool NamesTheAnswersKind(string question, string word)
    {
        var (tokens, starts) = Tokens(question);
        return Enumerable.Range(1, Math.Max(0, tokens.Count - 1)).Any(i => tokens[i] == word && !starts.Contains(i) && Askers.Contains(tokens[i - 1]));
    }

    /// <summary>
    /// The things among <paramref name="words"/> that end their phrase ("the mayor of", "the bus drivers in"): the noun a
    /// phrase is about, not a word describing it ("the highest honours") nor a verb after its subject ("the series
    /// arrived on"), which a story may leave out while reporting the same thing.
    /// </summary>
    public static IReadOnlyList<string> HeadsAmong(string question, IReadOnlyCollection<string> words) => Find(question, words, headsOnly: true);

    /// <summary>
    /// The word naming what a thing is part of, right before it in the same phrase ("cup" in "the cup final"): a word
    /// that is not a stop word, an opener, a word saying what the thing is like ("new") nor one of
    /// <paramref name="names"/>; null when there is none. A thing named twice is read where a word names its whole:
    /// "the final score in the cup final" is of the cup.
    /// </summary>
    public static string? Modifier(string question, string thing, IReadOnlySet<string> names)
    {
        foreach (var clause in question.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries))
        {
            var tokens = Terms.Words(clause).ToList();
            for (var at = tokens.IndexOf(thing); at >= 0; at = tokens.IndexOf(thing, at + 1))
            {
                var before = at >= 1 ? tokens[at - 1] : null;
                if (before is not null && !Terms.IsStopWord(before) && !Openers.Contains(before) && !names.Contains(before) && !before.Any(char.IsDigit) && !Describing(before))
                {
                    return before;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The last word of a short subject right after a helping verb, and the common verb after it ("tram" and "open" in
    /// "when does the tram open", "did the new tram open yesterday"); null when the question has none, or its subject is
    /// a name (<paramref name="names"/>: a story says "the bank" of the Bank of Northland) or longer ("does the Bank of
    /// Northland want", "did the mayor call the tram vote", where the verb cannot be told from a noun). The subject's
    /// phrase is given too ("new tram").
    /// </summary>
    public static (string Subject, string Verb, string Phrase)? SubjectAndVerb(string question, IReadOnlySet<string> names)
    {
        var (tokens, starts) = Tokens(question);
        var h = tokens.FindIndex(Helpers.Contains);
        if (h < 0 || h + 2 >= tokens.Count)
        {
            return null;
        }

        var first = Openers.Contains(tokens[h + 1]) && !starts.Contains(h + 1) ? h + 2 : h + 1;
        for (var i = first; i + 1 < tokens.Count && i - first < MaxPhraseWords - 1 && Describes(tokens, starts, i); i++)
        {
            if (Verbs.Contains(tokens[i + 1]) && !starts.Contains(i + 1))
            {
                var subject = tokens[i];
                return names.Contains(subject) || Indefinites.Contains(subject) ? null : (subject, tokens[i + 1], string.Join(' ', tokens[first..(i + 1)]));
            }
        }

        return null;
    }

    /// <summary>The question's words, and the positions where a clause starts (after a comma or a question mark).</summary>
    private static (List<string> Tokens, HashSet<int> Starts) Tokens(string question)
    {
        var clauses = question.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries);
        var tokens = clauses.SelectMany(c => Terms.Words(c)).ToList();
        var starts = new HashSet<int>();
        var count = 0;
        foreach (var clause in clauses)
        {
            starts.Add(count);
            count += Terms.Words(clause).Count();
        }

        return (tokens, starts);
    }

    /// <summary>Whether a word before a thing grades it or says what it is like, rather than naming what it is part of.</summary>
    private static bool Describing(string word) => IsQuality(word) || Grades.Contains(word) || Versions.Contains(word);

    /// <summary>Whether a word says what a thing is like (<see cref="Qualities"/>), also when it compares (see <see cref="Compares"/>).</summary>
    private static bool IsQuality(string word) => Qualities.Contains(word) || Compares(word);

    /// <summary>
    /// Whether a word compares by a quality ("the bigger cost figure", "the larger share", "the newest trams", "an earlier
    /// date"): never a thing a story must hold, wherever it stands, as a story says "the higher figure" of the same thing.
    /// </summary>
    private static bool Compares(string word)
    {
        var stem = word.EndsWith("est", StringComparison.Ordinal) ? word[..^3] : word.EndsWith("er", StringComparison.Ordinal) ? word[..^2] : null;
        return stem is { Length: > 1 }
            && (Qualities.Contains(stem) || Qualities.Contains(stem + "e") || (stem[^1] == stem[^2] && Qualities.Contains(stem[..^1]))
                || (stem[^1] == 'i' && Qualities.Contains(stem[..^1] + "y")));
    }

    private static List<string> Find(string question, IReadOnlyCollection<string> words, bool headsOnly, bool kinds = true)
    {
        var (tokens, starts) = Tokens(question);

        // The verb a passive question ends with ("where is the new factory located") is what is asked of the thing.
        var passive = AskedVerb.Passive(question);
        var possessors = Possessors(question);
        var things = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // "When is the next storm expected": the passive verb after a noun ends the noun's phrase.
            var endsPhrase = i == tokens.Count - 1 || starts.Contains(i + 1) || Terms.IsStopWord(tokens[i + 1]) || VerbAfterSubject(tokens, starts, i)
                || (passive is not null && tokens[i + 1] == passive);
            var afterOpener = (i >= 1 && !starts.Contains(i) && Openers.Contains(tokens[i - 1]))
                || (i >= 2 && !starts.Contains(i) && !starts.Contains(i - 1) && Openers.Contains(tokens[i - 2]))
                || (!headsOnly && kinds && i >= 1 && !starts.Contains(i) && Askers.Contains(tokens[i - 1]))
                || (!headsOnly && kinds && EndsQuestionAfterPreposition(tokens, starts, i))
                || (kinds && EndsQuestionAfterDescribedPreposition(tokens, starts, i))
                || (!headsOnly && kinds && EndsHelpedQuestionAsObject(tokens, starts, i))
                || (kinds && BareHelpedSubject(tokens, starts, i))
                || (kinds && i >= 1 && !starts.Contains(i) && possessors.Contains(tokens[i - 1]))
                || (kinds && i >= 2 && !starts.Contains(i) && !starts.Contains(i - 1) && possessors.Contains(tokens[i - 2]))
                || (EndsLongPhrase(tokens, starts, i) && endsPhrase)
                || (i >= 2 && !starts.Contains(i) && !starts.Contains(i - 1) && tokens[i - 1] == "on" && Requests.Contains(tokens[i - 2]));
            // In a phrase's head, the noun right after "which" is the kind of thing the answer is ("off the coast of which
            // state"): a report names the answer (Florida) without it.
            var answerKind = (headsOnly || !kinds) && i >= 1 && !starts.Contains(i) && Askers.Contains(tokens[i - 1]);
            // A common verb right after a helped subject ("which islands do the ferries serve") is the question's verb.
            var helpedVerb = i >= 1 && VerbAfterSubject(tokens, starts, i - 1);
            // The asker's own ("my grandmother lives on the islands") says who asks, not what the news must hold.
            var askers = (i >= 1 && !starts.Contains(i) && tokens[i - 1] == "my") || (i >= 2 && !starts.Contains(i) && !starts.Contains(i - 1) && tokens[i - 2] == "my");
            if (!afterOpener || answerKind || helpedVerb || askers || PastVerbAfterAsker(tokens, starts, i) || AsksWhatIsGoingOn(tokens, i) || token == passive || !words.Contains(token) || NeverAThing(token) || (Leaders.Contains(token) && AnswerKinds.Of(question) == AnswerKind.Person) || ((Versions.Contains(token) || Qualities.Contains(token)) && !endsPhrase) || Compares(token) || things.Contains(token))
            {
                continue;
            }

            // A verb form before "to" ("supposed to start", "expected to open") says how the question's verb is meant.
            var verbForm = Terms.EndsAsVerbForm(token);
            var helpsVerb = verbForm && i + 1 < tokens.Count && !starts.Contains(i + 1) && tokens[i + 1] == "to";
            if (!helpsVerb && (!headsOnly || (endsPhrase && !verbForm && !NumberWords.Contains(token))))
            {
                things.Add(token);
            }
        }

        return things;
    }

    /// <summary>
    /// Whether the word after "what" or "which" is the question's verb in the past ("what caused the boat to sink", "what
    /// prompted the strike"), not the kind of thing asked for ("which insurer"); a noun ending so is short or ends in
    /// "eed" ("which breed").
    /// </summary>
    private static bool PastVerbAfterAsker(List<string> tokens, HashSet<int> starts, int i) =>
        i >= 1 && !starts.Contains(i) && Askers.Contains(tokens[i - 1]) && tokens[i].Length > 4
        && tokens[i].EndsWith("ed", StringComparison.Ordinal) && !tokens[i].EndsWith("eed", StringComparison.Ordinal);

    /// <summary>Nouns that with "what's the … with" ask what is going on ("what's the deal with the wind farm"), naming no thing.</summary>
    private static readonly HashSet<string> GoingOnNouns = new(StringComparer.Ordinal) { "deal", "matter" };

    /// <summary>
    /// Whether the word at <paramref name="i"/> is the noun of "what's the deal with …" (its words "what the deal with")
    /// or "what is the matter with …".
    /// </summary>
    private static bool AsksWhatIsGoingOn(List<string> tokens, int i) =>
        GoingOnNouns.Contains(tokens[i]) && i >= 2 && i + 1 < tokens.Count && tokens[i - 1] == "the" && tokens[i + 1] == "with"
        && (tokens[i - 2] is "what" or "whats" || (i >= 3 && tokens[i - 2] == "is" && tokens[i - 3] == "what"));

    /// <summary>
    /// The words written as a possessive ("lumen robotics' annual revenue", "the bank's forecast"), which open a phrase as
    /// "its" does; not a question word or pronoun shortened with "is" ("what's", "it's", "there's").
    /// </summary>
    private static HashSet<string> Possessors(string question) =>
        [.. Possessive().Matches(question)
            .Select(m => m.Groups["word"].Value.ToLowerInvariant())
            .Where(w => !Terms.IsStopWord(w) && !Askers.Contains(w) && !Contracted.Contains(w))];

    [GeneratedRegex(@"\b(?<word>\w+?(?:s(?=['’](?!\w))|(?=['’]s\b)))['’]s?(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

    /// <summary>
    /// Words "'s" shortens "is" or "us" after, never a possessive, that are no stop words ("who's" and "where's" are left
    /// out as stop words already): "let's", "everyone's here".
    /// </summary>
    private static readonly HashSet<string> Contracted = new(StringComparer.Ordinal)
    {
        "let", "everyone", "everything", "nothing", "someone", "something", "one",
    };

    /// <summary>
    /// The things among <paramref name="words"/> of a question typed as a few key words alone ("bitcoin price", "mayor
    /// salary", "tram ticket prices"): each is what it asks about, as no verb or determiner says otherwise. Empty for a
    /// question with a stop word ("what is the price of bitcoin"), which <see cref="Among"/> reads.
    /// </summary>
    public static IReadOnlyList<string> OfKeywordQuery(string question, IReadOnlyCollection<string> words)
    {
        var tokens = Terms.Words(question).ToList();
        return !IsKeywordQuery(tokens)
            ? []
            : [.. tokens.Where(t => words.Contains(t) && !NeverAThing(t) && !Versions.Contains(t) && !IsQuality(t) && !Measures.Contains(t.TrimEnd('s'))).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Verbs of becoming, whose word after ("go bankrupt", "get married", "turn violent") is the state asked about.</summary>
    private static readonly HashSet<string> Becoming = new(StringComparer.Ordinal)
    {
        "go", "goes", "going", "went", "gone", "get", "gets", "getting", "got", "gotten", "become", "becomes", "becoming",
        "became", "turn", "turns", "turned", "turning",
    };

    /// <summary>Words that make a verb of becoming one of moving ("going back", "get home"): no state asked about.</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "back", "down", "up", "out", "off", "home", "away", "over", "around", "through", "ahead", "along", "forward", "there", "here",
    };

    /// <summary>
    /// The words among <paramref name="words"/> right after a verb of becoming that end their phrase ("bankrupt" in "did
    /// the ferry company go bankrupt after the strike"): the state the question asks about, which a story must say or
    /// mean as it must a thing. Not a word the phrase goes on from, nor one making the verb one of moving ("going back").
    /// </summary>
    public static IReadOnlyList<string> StatesAmong(string question, IReadOnlyCollection<string> words)
    {
        var states = new List<string>();
        foreach (var clause in question.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries))
        {
            var tokens = Terms.Words(clause).ToList();
            for (var i = 1; i < tokens.Count; i++)
            {
                if (Becoming.Contains(tokens[i - 1]) && words.Contains(tokens[i]) && !NeverAThing(tokens[i]) && !Particles.Contains(tokens[i])
                    && (i == tokens.Count - 1 || Terms.IsStopWord(tokens[i + 1]) || Prepositions.Contains(tokens[i + 1])))
                {
                    states.Add(tokens[i]);
                }
            }
        }

        return states;
    }

    /// <summary>Whether a question is typed as a few key words alone, with no verb or determiner ("children's ward cost").</summary>
    public static bool IsKeywordQuery(string question) => IsKeywordQuery(Terms.Words(question).ToList());

    private static bool IsKeywordQuery(List<string> tokens) => tokens.Count is > 0 and <= MaxKeywordQuery && !tokens.Any(Terms.IsStopWord);

    /// <summary>Nouns naming a measure ("storm wind speed"): the kind of figure asked for, which a story gives without the word.</summary>
    private static readonly HashSet<string> Measures = new(StringComparer.Ordinal)
    {
        "speed", "height", "length", "distance", "depth", "width", "weight", "size", "age",
    };

    /// <summary>Words that never name a thing asked about, wherever they stand: figures, "anyone", "number", "week", "actually", "happy".</summary>
    private static bool NeverAThing(string token) =>
        token.Any(char.IsDigit) || Indefinites.Contains(token) || AskingNouns.Contains(token) || NewsNouns.Contains(token) || Grades.Contains(token)
        || TimeNouns.Contains(token) || QuestionNames.IsCalendar(token) || Linkers.Contains(token) || Joiners.Contains(token) || LightVerbs.Contains(token) || IsAdverb(token)
        || Feelings.Contains(token);

    /// <summary>
    /// Whether the word at <paramref name="i"/> ends the question after a preposition and a word describing it ("the
    /// decision on interest rates"): the head of what the question is about, which a story must hold as it must a head
    /// after "the".
    /// </summary>
    private static bool EndsQuestionAfterDescribedPreposition(List<string> tokens, HashSet<int> starts, int i) =>
        EndsQuestionAsNoun(tokens, starts, i) && i >= 2 && !starts.Contains(i - 1) && Prepositions.Contains(tokens[i - 2])
        && !Terms.IsStopWord(tokens[i - 1]) && !NeverAThing(tokens[i - 1]);

    /// <summary>Whether the word at <paramref name="i"/> is a bare noun ending the question after a preposition ("in court").</summary>
    private static bool EndsQuestionAfterPreposition(List<string> tokens, HashSet<int> starts, int i) =>
        EndsQuestionAsNoun(tokens, starts, i) && i >= 1 && Prepositions.Contains(tokens[i - 1]);

    /// <summary>Whether the word at <paramref name="i"/> ends the question and may be a noun: no idiom's end ("in fact"), no verb form.</summary>
    private static bool EndsQuestionAsNoun(List<string> tokens, HashSet<int> starts, int i) =>
        i == tokens.Count - 1 && !starts.Contains(i) && !IdiomEnds.Contains(tokens[i])
        && !Terms.EndsAsVerbForm(tokens[i]);

    /// <summary>
    /// Whether the word at <paramref name="i"/> ends a subject without a determiner that a helping verb puts before its
    /// verb ("how much will tram tickets cost", "do ferries run"): the noun the question is about, as after "the". Read
    /// for the things checked by meaning, not for the topics a further source must hold as written: without a
    /// determiner the word is a thing less surely, and "did ferry workers get" is answered by a story saying "crews".
    /// </summary>
    private static bool BareHelpedSubject(List<string> tokens, HashSet<int> starts, int i)
    {
        // "How much are tram tickets going to cost": "are … going to" helps the verb as "will" does.
        var goingTo = i + 2 < tokens.Count && !starts.Contains(i + 1) && tokens[i + 1] == "going" && tokens[i + 2] == "to";
        if (!VerbAfterSubject(tokens, starts, i) && !goingTo)
        {
            return false;
        }

        for (var j = i; j >= 0 && i - j < MaxPhraseWords; j--)
        {
            if (j < i && (Helpers.Contains(tokens[j]) || (goingTo && tokens[j] is "is" or "are" or "was" or "were")))
            {
                return true;
            }

            if (!Describes(tokens, starts, j))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the word at <paramref name="i"/> is a plural noun ending a question after the verb of a helped subject
    /// ("when will the ferry company raise fares", "did the council cut bus fares"): the verb's object, a thing asked
    /// about. A verb there is in its plain form ("when will the strike end"), so never ends in -s.
    /// </summary>
    private static bool EndsHelpedQuestionAsObject(List<string> tokens, HashSet<int> starts, int i)
    {
        var word = tokens[i];
        if (i != tokens.Count - 1 || i < 3 || starts.Contains(i) || word.Length < 4 || !word.EndsWith('s')
            || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal))
        {
            return false;
        }

        var before = tokens[i - 1];
        return !starts.Contains(i - 1) && !Terms.IsStopWord(before) && !Openers.Contains(before) && !Helpers.Contains(before)
            && !IsAdverb(before) && HelperBefore(tokens, starts, i - 3);
    }

    /// <summary>
    /// Whether the word after position <paramref name="i"/> is the verb of a question asked with a helping verb before
    /// its subject ("how much did the new school cost", "does the library open on Saturdays"), or of a passive one ("when
    /// will the flood defences be finished"): the subject's phrase ends there, so its last word is what the question is
    /// about.
    /// </summary>
    private static bool VerbAfterSubject(List<string> tokens, HashSet<int> starts, int i)
    {
        // The subject is a word of content: after "the" ("did anyone die in the fire") the word is a noun, not the verb.
        if (i < 0 || i + 1 >= tokens.Count || starts.Contains(i + 1) || !(Verbs.Contains(tokens[i + 1]) || tokens[i + 1] == "be")
            || Openers.Contains(tokens[i]) || Terms.IsStopWord(tokens[i]))
        {
            return false;
        }

        return HelperBefore(tokens, starts, i - 1);
    }

    /// <summary>
    /// Whether the word at <paramref name="i"/> ends a phrase of three or four words after an opener, with describing
    /// words between ("the next council meeting", "the Port Ellery mayoral election"), and no helping verb stands before
    /// the phrase: after one ("can the wind farm supply") the phrase's last word may be the verb.
    /// </summary>
    private static bool EndsLongPhrase(List<string> tokens, HashSet<int> starts, int i)
    {
        for (var length = 3; length <= MaxPhraseWords; length++)
        {
            if (i >= length && !starts.Contains(i) && Openers.Contains(tokens[i - length])
                && Enumerable.Range(i - length + 1, length - 1).All(j => Describes(tokens, starts, j)))
            {
                // After a helping verb the phrase's last word may be the verb ("can the wind farm supply"), unless a
                // common verb follows it ("what will the new Eastfield factory make").
                return !HelperBefore(tokens, starts, i - length - 1) || VerbAfterSubject(tokens, starts, i);
            }
        }

        return false;
    }

    /// <summary>Whether the word at <paramref name="j"/> may describe the phrase's last word: inside its clause, no function word, opener or adverb.</summary>
    private static bool Describes(List<string> tokens, HashSet<int> starts, int j) =>
        !starts.Contains(j) && !Terms.IsStopWord(tokens[j]) && !Openers.Contains(tokens[j]) && !IsAdverb(tokens[j]);

    /// <summary>Whether a helping verb stands at or before position <paramref name="from"/> in its clause.</summary>
    private static bool HelperBefore(List<string> tokens, HashSet<int> starts, int from)
    {
        for (var j = from; j >= 0; j--)
        {
            if (Helpers.Contains(tokens[j]))
            {
                return true;
            }

            if (starts.Contains(j))
            {
                break;
            }
        }

        return false;
    }

    private static bool IsAdverb(string word) =>
        Adverbs.Contains(word) || (word.Length >= 6 && AdverbEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal)));
}
