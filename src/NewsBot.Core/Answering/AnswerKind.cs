using System.Text.RegularExpressions;
using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>What kind of answer a question asks for, read from its wording.</summary>
internal enum AnswerKind
{
    /// <summary>Nothing more specific is known.</summary>
    Any,

    /// <summary>A figure: "how many", "how much", "what percentage", "in what time".</summary>
    Number,

    /// <summary>A name: "which team", "what country".</summary>
    Name,

    /// <summary>Who someone is: "who", "whose", "whom".</summary>
    Person,

    /// <summary>A cause: "why".</summary>
    Reason,

    /// <summary>A place: "where".</summary>
    Place,

    /// <summary>A moment: "when", "what day", "what year".</summary>
    Date,

    /// <summary>A way or means: "how did they get the men out". News states the event first and how it went next.</summary>
    Manner,

    /// <summary>
    /// Whether anyone came to harm: "was anyone hurt in the flood", "are the fishermen ok". News says it by injuries,
    /// deaths, or who was treated and released, seldom in the question's words.
    /// </summary>
    Harm,
}

/// <summary>Reads the <see cref="AnswerKind"/> of a question.</summary>
internal static partial class AnswerKinds
{
    public static AnswerKind Of(string question) =>
        UntilQuestion().IsMatch(question) || AgoQuestion().IsMatch(question) ? AnswerKind.Date
        : NumberQuestion().IsMatch(question) || RateQuestion().IsMatch(question) || FigureKind.AsksSum(question) || FigureKind.MeasureNoun(question) is not null
          || Keyed(question, KeyedFigure()) ? AnswerKind.Number
        : ReasonQuestion().IsMatch(question) ? AnswerKind.Reason
        : DateQuestion().IsMatch(question) || Keyed(question, KeyedDate()) ? AnswerKind.Date
        : PlaceQuestion().IsMatch(question) ? AnswerKind.Place
        : PersonQuestion().IsMatch(question) ? AnswerKind.Person
        : NameQuestion().IsMatch(question) ? AnswerKind.Name
        : HarmAsked().IsMatch(question) && Terms.Words(question).Any(HarmWords.Contains) ? AnswerKind.Harm
        : MannerQuestion().IsMatch(question) ? AnswerKind.Manner
        : AnswerKind.Any;

    /// <remarks>
    /// "In what time" asks how long something took ("solved the cube in what time"), not at what hour. A question for a
    /// sum ("what salary", "what did it cost") is read by <see cref="FigureKind.AsksSum"/>.
    /// </remarks>
    [GeneratedRegex(@"\bhow (many|much|long|old|tall|far|big|high|deep|wide|heavy|fast|large)\b|\bin what time\b|\bwhat (percentage|percent|share|proportion|number|amount|age)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberQuestion();

    /// <summary>
    /// "What is inflation", "what's the unemployment rate", "what was the score": a figure that news always gives as one,
    /// so a sentence giving it answers, not one only naming the thing.
    /// </summary>
    [GeneratedRegex(@"\bwhat(?:'s|’s|\s+is|\s+was|\s+are|\s+were|\s+will\s+be)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:rates?|inflation|unemployment|population|score|turnout|toll|temperature)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RateQuestion();

    private static readonly HashSet<string> HarmWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "hurt", "injured", "injury", "injuries", "harmed", "killed", "dead", "death", "deaths", "died", "die", "dies", "casualty",
        "casualties", "wounded", "ok", "okay", "alright", "safe", "unharmed", "survive", "survived", "survivor", "survivors",
    };

    /// <summary>
    /// Whether a word of a <see cref="AnswerKind.Harm"/> question only asks whether anyone came to harm ("any
    /// casualties"): news says so its own way ("treated for cold and released"), so the word is the kind asked.
    /// </summary>
    public static bool AsksHarmWith(string word) => HarmWords.Contains(word);

    /// <summary>
    /// Whether a question typed as key words alone ends with the kind of answer it wants: "robotics factory grant amount",
    /// "children's ward cost", "cup final score" ask a figure, "library reopening date" a moment.
    /// </summary>
    private static bool Keyed(string question, Regex kind) => kind.IsMatch(question) && QuestionThings.IsKeywordQuery(question);

    [GeneratedRegex(@"\b(?:amount|number|total|figure|count|cost|costs|price|prices|fare|fares|salary|wage|wages|fee|fees|budget|score|scoreline)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyedFigure();

    [GeneratedRegex(@"\b(?:date|day|year)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyedDate();

    /// <summary>Whether a question asks how long until something happens ("how soon will it open"): a moment still ahead.</summary>
    public static bool AsksUntil(string question) => UntilQuestion().IsMatch(question);

    /// <summary>
    /// Whether a question asks who holds a role ("who is the head of the regional health board", "who's the mayor"):
    /// answered by someone named, not by a sentence about the body the role is of. Not "who is Odile Marsh", which asks
    /// what the one named is.
    /// </summary>
    public static bool AsksWhoHoldsARole(string question) => RoleQuestion().IsMatch(question);

    [GeneratedRegex(@"^\s*who(?:'s|’s|\s+(?:is|was|are|were|will\s+be))\s+(?:the|a|an)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleQuestion();

    /// <summary>"How long until the tram is done", "how soon will it open": when it will happen, not a span of time.</summary>
    [GeneratedRegex(@"\bhow (long|much longer) (until|till|til|before)\b|\bhow soon\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UntilQuestion();

    /// <summary>"How long ago was the flood", "how many weeks ago did the strike end": when it happened, not a span of time.</summary>
    [GeneratedRegex(@"\bhow (?:long|many (?:days|weeks|months|years)) ago\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgoQuestion();

    [GeneratedRegex(@"^\s*when\b|\b(what|which) (day|date|year|month|time)\b|\bwhen (did|does|will|is|was)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateQuestion();

    [GeneratedRegex(@"^\s*where\b|\bwhere (did|does|will|is|was|are|were)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceQuestion();

    [GeneratedRegex(@"^\s*how (did|do|does|was|were|is|are|will|can|could|would)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MannerQuestion();

    /// <summary>
    /// A yes-or-no question, or one about anyone: with one of <see cref="HarmWords"/>, it asks whether someone was hurt,
    /// killed or is well ("did anyone get hurt", "were there any casualties", "is everyone safe"). "How many died" asks a
    /// figure and "who was hurt" a person, read before this.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:is|are|was|were|did|has|have|had)\b|\bany(?:one|body)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HarmAsked();

    [GeneratedRegex(@"^\s*why\b|\bwhat caused\b|\bwhy did\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReasonQuestion();

    [GeneratedRegex(@"^\s*(who|whom|whose)\b|\b(who|whom|whose)(('s|’s)| (is|was|are|were|will|did|does|runs?|leads?|heads?|owns?|won|wins?))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PersonQuestion();

    /// <summary>A bare phrase before "name", asked with no asking word ("lumen boss name"); <c>p</c> is the phrase.</summary>
    internal const string BareNameAsked = @"^\s*(?!(?:what|whats|who|which|did|does|do|is|was|has|have|will|can|could|how|why|when|where|tell|give|and|so)\b)(?<p>(?:[\p{L}\d'’-]+\s+){1,4}?)names?\s*\??\s*$";

    [GeneratedRegex(@"\b(who|whom|whose|which)\b|" + BareNameAsked + @"|^\s*(?:the\s+)?name\s+of\b|\bwhat (is the name|was the name|country|city|state|team|company|brand|product|platform|animal|food|drink|organi[sz]ation|hospital|school|university|museum|club|party|union|agency|bank|street|road|island|river|town|village|region|county|province|ship|boat|airline|newspaper|league)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameQuestion();
}
