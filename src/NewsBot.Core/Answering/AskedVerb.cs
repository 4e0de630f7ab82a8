using System.Text.RegularExpressions;
using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>
/// The verb a question asks about: who did it ("who designed the library roof", "who paid for the ward"), or when, where,
/// how or why it was done ("when was the hospital built"); and whether a story says so. A story that never uses the verb,
/// or a word of its family ("opponents" for "opposed"), names people and days for other reasons: the chief librarian did
/// not design the roof, and the day the hospital opened a ward is not when it was built. Verbs of leading ("who runs the
/// library") are answered by a title ("chief librarian"), and light verbs ("who gave a speech") by their object
/// ("speaker"), so both pass; and a story may say it in other words ("lifted" for "pulled"), which only meaning tells.
/// </summary>
internal static partial class AskedVerb
{
    /// <summary>How many first letters a word must share with the verb to be of its family ("oppo" in "opposed", "opponents").</summary>
    private const int FamilyLetters = 4;

    /// <summary>Verbs that only say where a thing is: asked where, the thing's place answers them.</summary>
    private static readonly HashSet<string> Placing = new(StringComparer.Ordinal)
    {
        "built", "constructed", "located", "based", "sited", "situated", "placed", "installed", "erected",
    };

    /// <summary>
    /// Verbs that say a thing is intended or foreseen, not what is done to it: "how many new tram stops are planned" is
    /// answered by "the extension adds six stops", "how many jobs are expected" by "will employ 400 people", and "where is
    /// the new factory planned" by the place a story names.
    /// </summary>
    private static readonly HashSet<string> Foreseeing = new(StringComparer.Ordinal)
    {
        "planned", "expected", "proposed", "scheduled", "envisaged", "projected", "anticipated", "forecast", "intended",
    };

    private static readonly HashSet<string> SaidByATitleOrObject = new(
        new[]
        {
            "run", "runs", "lead", "leads", "head", "heads", "manage", "manages", "chair", "chairs", "coach", "coaches",
            "direct", "directs", "govern", "governs", "represent", "represents", "oversee", "oversees", "supervise", "supervises",
            "look", "looks",
            "gave", "give", "given", "gives", "made", "make", "makes", "took", "take", "taken", "takes", "got", "get", "gets", "gotten",
            "had", "has", "did", "does", "done",
        }.Select(Terms.Stem),
        StringComparer.Ordinal);

    /// <summary>
    /// Verbs of speaking for someone ("who speaks for the union"), which a story says by reporting what a spokesperson
    /// said ("Union organiser Alma Vik said"). Only with "for": "who talked to reporters" asks who spoke, which a story
    /// saying "the agency said" does not tell.
    /// </summary>
    private static readonly HashSet<string> Speaking = new(new[] { "speak", "speaks", "spoke", "spoken", "talk", "talks", "talked" }.Select(Terms.Stem), StringComparer.Ordinal);

    /// <summary>Verbs of building ("who builds the wind farm"), which a story says by naming the builder by its role.</summary>
    private static readonly HashSet<string> Building = new(new[] { "build", "builds", "built", "construct", "constructs", "constructed", "develop", "develops", "developed" }.Select(Terms.Stem), StringComparer.Ordinal);

    /// <summary>The roles of those who build ("the developer, Brisk Energy").</summary>
    private static readonly HashSet<string> Builders = new(new[] { "developer", "developers", "builder", "builders", "contractor", "contractors" }.Select(Terms.Stem), StringComparer.Ordinal);

    /// <summary>The stem of the verb a "who did it" question asks the doer of ("paid" in "who paid for the ward", "who is paying"), or null.</summary>
    public static string? Doer(string question, AnswerKind kind) =>
        kind == AnswerKind.Person && DoerQuestion().Match(question) is { Success: true } d ? Plain(d.Groups[1].Value.ToLowerInvariant()) : null;

    /// <summary>The stem of a verb, "running" as "run".</summary>
    private static string Plain(string verb) => Terms.Stem(Spelling.Undoubled(verb) ?? verb);

    /// <summary>
    /// The verb, as written, a passive question ends with ("located" in "where is the new factory located"), or null. A
    /// place or time after it still leaves it the verb asked: "how many jobs were lost at Lumen Robotics"; so does a
    /// preposition it ends with ("how was the ward paid for"). "Get" makes a passive as "be" does: "how did the ward get funded".
    /// </summary>
    public static string? Passive(string question) =>
        PassiveQuestion().Match(question) is { Success: true } p ? p.Groups[1].Value.ToLowerInvariant() : null;

    /// <summary>
    /// The verb, as written, a count question ends with after what it counts ("died" in "how many fishermen died in the
    /// storm"), or null: as a passive verb, what the story must say of the thing counted.
    /// </summary>
    private static string? Counted(string question) =>
        CountQuestion().Match(question) is { Success: true } c ? c.Groups[1].Value.ToLowerInvariant() : null;

    /// <summary>
    /// The stem of the verb a "where/when was it done" question ends with ("built" in "when was the hospital built"), or
    /// null. Not a verb that only places a thing, asked where: "where is the wind farm being built" asks where the farm
    /// is, which a story says without the verb ("a wind farm off the Skerry Islands"); nor a word of feeling or of
    /// foreseeing ("planned", "expected").
    /// </summary>
    public static string? Done(string question, AnswerKind kind) =>
        kind != AnswerKind.Person && (Passive(question) ?? (kind == AnswerKind.Number ? Counted(question) : null)) is { } verb && !(kind == AnswerKind.Place && Placing.Contains(verb)) && !Foreseeing.Contains(verb) && !Feelings.Contains(verb)
            ? Terms.Stem(verb)
            : null;

    /// <summary>
    /// The stem of the verb the question asks about (<see cref="Doer"/> or <see cref="Done"/>), or null. Not for a moment
    /// still ahead: "when will the wind farm be finished" is answered by the date it "opens", whatever the verb.
    /// </summary>
    public static string? Of(string question)
    {
        var kind = AnswerKinds.Of(question);
        return Doer(question, kind) ?? (SentenceScorer.AsksAhead(question, kind) ? null : Done(question, kind));
    }

    /// <summary>
    /// The verb the question asks about (<paramref name="verb"/>, the stem <see cref="Of"/> read), as the question writes
    /// it, when a story with the stems <paramref name="stems"/> never uses it nor a word of its family and it is not one a
    /// title or an object answers, nor one of building that a builder's role says ("the developer"); null when the story
    /// may say it. The story may still say it in other words ("lifted" for "pulled").
    /// </summary>
    public static string? Unsaid(string question, string verb, IReadOnlySet<string> stems)
    {
        if (SaidByATitleOrObject.Contains(verb) || (Speaking.Contains(verb) && SpeaksFor().IsMatch(question) && stems.Any(Speech.IsSaying))
            || (Building.Contains(verb) && stems.Any(Builders.Contains)))
        {
            return null;
        }

        return SaysIn(verb, stems) ? null : Terms.Words(question).FirstOrDefault(w => Terms.Stem(w) == verb);
    }

    /// <summary>Whether <paramref name="sentence"/> says the verb with the stem <paramref name="verb"/> or a word of its family ("finish" for "finished").</summary>
    public static bool Says(string verb, string sentence) => SaysIn(verb, QuestionKeywords.Stems(sentence));

    /// <summary>
    /// Whether <paramref name="stem"/> is the verb with the stem <paramref name="verb"/> or a word of its family: one
    /// sharing its first <see cref="FamilyLetters"/> letters ("oppo" in "opposed", "opponents"), or a shorter verb whole.
    /// </summary>
    public static bool OfFamily(string verb, string stem) =>
        stem.StartsWith(verb.Length >= FamilyLetters ? verb[..FamilyLetters] : verb, StringComparison.Ordinal);

    private static bool SaysIn(string verb, IReadOnlySet<string> stems) =>
        QuestionKeywords.Says(verb, stems) || stems.Any(s => OfFamily(verb, s));

    /// <summary>
    /// The verb, as written, and the object's words a "who does it to what" question asks of ("build" and "tram" in "who
    /// will build the tram", "lost" and "cup final" in "which team lost the cup final"); null when the question has no
    /// such shape or its verb is one of being, having or leading, which a title or a thing answers.
    /// </summary>
    public static (string Verb, string Object)? WithObject(string question)
    {
        if (DoerOfObject().Match(question) is not { Success: true } m)
        {
            return null;
        }

        var verb = m.Groups["verb"].Value.ToLowerInvariant();
        return Terms.IsStopWord(verb) || SaidByATitleOrObject.Contains(Terms.Stem(verb)) ? null : (verb, m.Groups["object"].Value.ToLowerInvariant());
    }

    /// <summary>
    /// Whether a story whose sentences are <paramref name="sentences"/> (its headline among them) says the verb only of
    /// something else than the object asked (<paramref name="thing"/>, its words): "Lumen Robotics opened a factory that
    /// will build warehouse robots" does not say who will build the tram, though the next sentence mentions "the planned
    /// tram line". A sentence saying the verb with a word of the object, or with a pronoun for it ("paid 14 million
    /// crowns for it"), or a headline holding a word of it, says it of the object. False when no sentence says the verb.
    /// </summary>
    public static bool SaysOnlyOfAnother(string verb, string thing, IEnumerable<(string Text, bool IsHeadline)> sentences)
    {
        var stem = Terms.Stem(verb);
        var things = Terms.Words(thing).Where(w => !Terms.IsStopWord(w)).Select(Terms.Stem).ToList();
        bool HoldsTheThing(IReadOnlySet<string> stems) => things.Any(t => QuestionKeywords.Says(t, stems));
        var said = false;
        foreach (var (text, isHeadline) in sentences)
        {
            var stems = QuestionKeywords.Stems(text);
            if (isHeadline && HoldsTheThing(stems))
            {
                return false;
            }

            if (isHeadline || !SaysIn(stem, stems))
            {
                continue;
            }

            said = true;
            if (HoldsTheThing(stems) || Terms.Words(text).Any(w => w is "it" or "them" or "this" or "these"))
            {
                return false;
            }
        }

        return said;
    }

    [GeneratedRegex(@"^\s*(?:who|(?:which|what)\s+\p{L}+)\s+(?:(?:will|would|did|does|do|can|could)\s+|(?:is|are)\s+going\s+to\s+)?(?<verb>\p{L}+)\s+(?:(?:for|to|on|in|at|with|into)\s+)?(?:the|a|an|its|their)\s+(?<object>(?:\p{L}+\s+){0,2}?\p{L}+)\s*\?*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DoerOfObject();

    [GeneratedRegex(@"\b(?:speaks?|spoke|spoken|talks?|talked)\s+for\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeaksFor();

    /// <summary>"who paid", and "who is paying", "who will pay": not "who is going to", whose verb comes later.</summary>
    [GeneratedRegex(@"^\s*who\s+(?:(?:is|are|was|were)\s+(?=(?!going\b)\p{L}{2,}ing\b)|(?:will|would|should|could|can|might|may)\s+(?!be\b|have\b|get\b))?(?!is\b|was\b|are\b|were\b|will\b|did\b|does\b|do\b|has\b|have\b|had\b|would\b|could\b|can\b|should\b|might\b|may\b)(\p{L}+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DoerQuestion();

    [GeneratedRegex(@"^\s*(?:(?:where|when|how|why)\b.*\b(?:was|were|is|are|be|been|being|get|gets|got|gotten|getting)|(?:is|are|was|were|has|have|had)\b(?:\s+\S+){1,6}?(?:\s+(?:be|been|being))?)\s+(?:\S+\s+){0,6}?(\p{L}+(?:ed|en)|built|held|made|paid|sold|kept|left|lost|won|hit|set|cut|put|found|told|sent|spent|run|shut|born)(?:\s+(?:at|in|on|from|during|after|near|off)\s+[^?.!,]{1,40}?|\s+(?:for|by|up|out))?\s*[?.!]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PassiveQuestion();

    [GeneratedRegex(@"^\s*how many\s+(?:(?!(?:was|were|is|are|did|do|does|will|would|have|has|had)\b)\S+\s+){1,3}?(\p{L}+ed|died|won|lost|fell|rose|left|fled|quit|ran|sank|hit|work|works)(?:\s+(?:at|in|on|from|during|after|near|off|for)\s+[^?.!,]{1,40}?)?\s*[?.!]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountQuestion();
}
