using System.Text.RegularExpressions;

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
}

/// <summary>Reads the <see cref="AnswerKind"/> of a question.</summary>
internal static partial class AnswerKinds
{
    public static AnswerKind Of(string question) =>
        UntilQuestion().IsMatch(question) ? AnswerKind.Date
        : NumberQuestion().IsMatch(question) || RateQuestion().IsMatch(question) || FigureKind.AsksSum(question) || FigureKind.MeasureNoun(question) is not null ? AnswerKind.Number
        : ReasonQuestion().IsMatch(question) ? AnswerKind.Reason
        : DateQuestion().IsMatch(question) ? AnswerKind.Date
        : PlaceQuestion().IsMatch(question) ? AnswerKind.Place
        : PersonQuestion().IsMatch(question) ? AnswerKind.Person
        : NameQuestion().IsMatch(question) ? AnswerKind.Name
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

    /// <summary>Whether a question asks how long until something happens ("how soon will it open"): a moment still ahead.</summary>
    public static bool AsksUntil(string question) => UntilQuestion().IsMatch(question);

    /// <summary>"How long until the tram is done", "how soon will it open": when it will happen, not a span of time.</summary>
    [GeneratedRegex(@"\bhow (long|much longer) (until|till|til|before)\b|\bhow soon\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UntilQuestion();

    [GeneratedRegex(@"^\s*when\b|\b(what|which) (day|date|year|month|time)\b|\bwhen (did|does|will|is|was)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateQuestion();

    [GeneratedRegex(@"^\s*where\b|\bwhere (did|does|will|is|was|are|were)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceQuestion();

    [GeneratedRegex(@"^\s*how (did|do|does|was|were|is|are|will|can|could|would)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MannerQuestion();

    [GeneratedRegex(@"^\s*why\b|\bwhat caused\b|\bwhy did\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReasonQuestion();

    [GeneratedRegex(@"^\s*(who|whom|whose)\b|\b(who|whom|whose)(('s|’s)| (is|was|are|were|will|did|does|runs?|leads?|heads?|owns?|won|wins?))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PersonQuestion();

    [GeneratedRegex(@"\b(who|whom|whose|which)\b|\bwhat (is the name|was the name|country|city|state|team|company|brand|product|platform|animal|food|drink|organi[sz]ation)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameQuestion();
}
