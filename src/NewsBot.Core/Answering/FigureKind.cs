using System.Text.RegularExpressions;

namespace NewsBot.Core.Answering;

/// <summary>
/// The kind of figure a "how much / how many" question asks for: a sum of money ("how much did it cost"), a measure
/// ("how high did the river rise", "how long", "what speed did the wind reach"), or a plain count. A sentence whose
/// figure is of the asked kind answers better than one giving another figure ("14 million crowns" before "24 beds" for
/// the cost of a ward).
/// </summary>
internal static partial class FigureKind
{
    /// <summary>Whether <paramref name="question"/> asks for a sum of money or a measure rather than a plain count.</summary>
    public static bool Asks(string question) =>
        AsksSum(question) || AskedMeasure(question) is not null || PopulationQuestion().IsMatch(question) || AsksScore(question)
        || ShareQuestion().IsMatch(question);

    /// <summary>Whether <paramref name="question"/> asks for a sum of money ("what salary", "how much did it cost").</summary>
    public static bool AsksSum(string question) =>
        MoneyQuestion().IsMatch(question) || (KeyedSum().IsMatch(question) && QuestionThings.IsKeywordQuery(question)) || AmountOfAThing().IsMatch(question);

    /// <summary>Whether <paramref name="sentence"/> holds a figure of the kind <paramref name="question"/> asks for; false when it asks for a plain count.</summary>
    /// <remarks>
    /// A rise or a cut in money is often given as a share: "how much is the pay rise" is answered by "4.5 percent".
    /// A size may be a sum: "how big is the grant" is answered by "20 million crowns". A population ("how many people
    /// live in Eastfield") is given by a sentence saying who lives there, not by a factory that will "employ 400 people".
    /// </remarks>
    public static bool Fits(string question, string sentence) =>
        AsksScore(question) ? Scoreline().IsMatch(sentence)
        : PopulationQuestion().IsMatch(question) ? Population().IsMatch(sentence)
        : AsksSum(question) ? Money().IsMatch(sentence) || (Change().IsMatch(question) && Share().IsMatch(sentence))
        : AskedMeasure(question) is { } asked ? FitsMeasure(Dimension(asked), sentence)
        : ShareQuestion().IsMatch(question) && (Share().IsMatch(sentence) || ShareInWords().IsMatch(sentence) || Scoreline().IsMatch(sentence));

    /// <summary>
    /// The noun naming the measure asked for ("speed" in "what speed did the wind reach"), or null: it says what kind
    /// of figure answers, not what the question is about, so a story need not use the word.
    /// </summary>
    public static string? MeasureNoun(string question) =>
        AskedMeasure(question) is { } asked && asked.Groups["n"].Success ? asked.Groups["n"].Value.ToLowerInvariant() : null;

    /// <summary>
    /// Nouns naming any sum of money, which say only what kind of figure a question asks for ("what's the cost of the new
    /// ward"). Not a particular sum: "mayor salary" is not answered by a sum "announced by the mayor".
    /// </summary>
    private static readonly HashSet<string> SumNouns = new(StringComparer.Ordinal) { "cost", "costs", "price", "prices" };

    /// <summary>
    /// Whether <paramref name="word"/> names the sum <paramref name="question"/> asks for ("cost" in "what's the cost of the
    /// new ward"): like a measure's noun, it says what kind of figure answers, so a story need not use the word ("paid 14
    /// million crowns for it").
    /// </summary>
    public static bool NamesTheSum(string question, string word) => SumNouns.Contains(word) && AsksSum(question);

    /// <summary>Nouns for money in general ("did Lumen get any money from the government", "public funds").</summary>
    private static readonly HashSet<string> MoneyNouns = new(StringComparer.Ordinal) { "money", "cash", "funds", "funding" };

    /// <summary>
    /// Whether <paramref name="word"/> asks about money in general and one of <paramref name="sentences"/> gives a sum:
    /// "a grant of 20 million crowns" says what money Lumen got, in whatever words.
    /// </summary>
    public static bool GivesMoneyFor(string word, IEnumerable<string> sentences) => MoneyNouns.Contains(word) && sentences.Any(Money().IsMatch);

    /// <summary>
    /// The measure a question asks for, worded as a question ("how high", "what speed") or, in a question of key words
    /// alone, as the noun it ends with ("millbrook flood height", "storm wind speed"); null when it asks none. "How long
    /// until the factory reaches 400 jobs" asks a moment ("by the end of next year"), not a span.
    /// </summary>
    private static Match? AskedMeasure(string question) =>
        AnswerKinds.AsksUntil(question) ? null
        : MeasureQuestion().Match(question) is { Success: true } asked ? asked
        : QuestionThings.IsKeywordQuery(question) && KeyedMeasure().Match(question) is { Success: true } keyed ? keyed
        : null;

    private static string Dimension(Match asked) => asked.Groups["n"].Success
        ? asked.Groups["n"].Value.ToLowerInvariant().TrimEnd('s') switch
        {
            "speed" => "fast",
            "height" => "high",
            "length" or "distance" => "far",
            "depth" => "deep",
            "width" => "wide",
            "weight" => "heavy",
            "size" => "big",
            _ => "old",
        }
        : asked.Groups["d"].Value.ToLowerInvariant();

    /// <summary>
    /// Whether a sentence gives a measure of the dimension asked: a length for "how tall", "how far", "how deep"; a length,
    /// a share or a sum for "how high" (a level: "how high is inflation" is answered by "2.9 percent"); a speed,
    /// a rate, or the minutes or seconds a trip takes for "how fast" ("how fast are prices going up" is answered by "2.9
    /// percent", "how fast is the tram" by "18 minutes by tram"); a length, a time or an end
    /// ("until Sunday morning") for "how long"; an age for "how old" ("a 17-year-old", "aged 34"; "the first trophy in 31
    /// years" is no age), a time taken (not an age) for "in what time"; a weight for "how heavy"; any
    /// measure, or a sum, for "how big" ("how high did the river rise" is not answered by "three days of heavy rain").
    /// </summary>
    private static bool FitsMeasure(string asked, string sentence) => asked switch
    {
        "high" => Length().IsMatch(sentence) || Share().IsMatch(sentence) || Money().IsMatch(sentence),
        "tall" or "far" or "deep" or "wide" => Length().IsMatch(sentence),
        "fast" => Speed().IsMatch(sentence) || Share().IsMatch(sentence) || Trip().IsMatch(sentence),
        "long" => Length().IsMatch(sentence) || Duration().IsMatch(sentence) || Until().IsMatch(sentence),
        "old" => Age().IsMatch(sentence),
        "" => Duration().IsMatch(sentence),
        "heavy" => Weight().IsMatch(sentence),
        _ => Length().IsMatch(sentence) || Speed().IsMatch(sentence) || Time().IsMatch(sentence) || Weight().IsMatch(sentence) || Money().IsMatch(sentence),
    };

    /// <remarks>
    /// "What will it cost", "what does the council pay": the money word is the verb, not a word describing the next ("what
    /// does the union think of the pay deal" asks no sum).
    /// </remarks>
    [GeneratedRegex(@"\bhow much\b.*\b(cost|costs|spend|spent|pay|paid|price|fine|fined|worth|raise|raised|money|earn|earned|budget|charge|charged|sell|sold|fund|funds|grant|salary|wage|wages|fee|fees|fare|fares|compensation|loan|debt|tax|bill|bonus|payment|payments|payout|prize|reward|subsidy|rebate|refund|pension|ransom|bail|bounty|donation|income|revenue|profit|profits|ticket|tickets|rent|toll|tolls|admission|subscription|deposit)\b|\bwhat (price|sum|salary|salaries|wage|wages|fee|fees|fare|fares|fine|bonus|budget)\b|\bwhat(?:'s|’s|\s+is|\s+was|\s+are|\s+were|\s+will\s+be)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:price|prices|cost|costs|salary|fee|fees|fare|fares|budget)\s+(?:of|for)\b|\bwhat (did|does|do|will|would)\b(?:(?!\babout\b).)*\b(cost|pay|charge|earn)\b(?!\s+(?:deal|deals|rise|rises|raise|offer|cut|cuts|freeze|talks|dispute|claim|award|gap|packet|increase|row|strike|scale|settlement|agreement|package|estimate|estimates|overrun|overruns)\b)|\bhow expensive\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoneyQuestion();

    /// <summary>
    /// "How much was the library renovation", "how much is the new ward": what a thing came to, a sum (or a share, for a
    /// rise), not the "18-month" span of the renovation. Only a thing with an article after a form of "be", ending the
    /// question or followed by what it is of: "how much is inflation" asks a level.
    /// </summary>
    [GeneratedRegex(@"\bhow much (?:is|was|are|were|will be|would be)\s+(?:the|a|an|its|their|his|her|this|that)\s+(?:(?!(?:above|below|over|under|than|more|less|higher|lower)\b)[\w'’-]+\s+){0,3}(?!(?:above|below|over|under|than|more|less|higher|lower)\b)[\w'’-]+(?:\s+(?:for|of|to|at|in|on)\s+[\w\s'’-]+)?\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmountOfAThing();

    /// <summary>Key words alone that end with a sum's noun: "children's ward cost", "tram ticket price".</summary>
    [GeneratedRegex(@"\b(?:cost|costs|price|prices|fare|fares|salary|wage|wages|fee|fees|budget|grant)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyedSum();

    /// <summary>
    /// "How much of the library's power comes from solar", "what percentage of adults", "what share of the vote": a part of
    /// a whole, given as a percentage, in words ("about half of the building's electricity") or as a tally ("voted 7 to 4"
    /// for "what share of the vote"), not as an "18-month" span.
    /// </summary>
    [GeneratedRegex(@"\bhow much of\b|\bwhat (?:percentage|percent|share|proportion|fraction)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareQuestion();

    /// <summary>A part said in words: "about half of", "two-thirds of", "a quarter", "one in four".</summary>
    [GeneratedRegex(@"\b(?:half|thirds?|quarters?|fifths?|tenths?)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|\d+) (?:in|out of) (?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareInWords();

    [GeneratedRegex(@"\bhow many (?:people|persons|residents|inhabitants)\s+(?:\w+\s+)?(?:live|lives|living|reside)\b|\bwhat(?:'s|’s|\s+is|\s+was)\s+the\s+population\s+of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PopulationQuestion();

    /// <summary>Whether a question asks for a scoreline, worded as a question or as key words ending with "score" ("cup final score").</summary>
    private static bool AsksScore(string question) =>
        ScoreQuestion().IsMatch(question) || (KeyedScore().IsMatch(question) && QuestionThings.IsKeywordQuery(question));

    [GeneratedRegex(@"\b(?:score|scoreline)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyedScore();

    /// <summary>"What was the score", "what was the final score of the cup final": a scoreline answers, not the minute a goal came in.</summary>
    [GeneratedRegex(@"\bwhat(?:'s|’s|\s+is|\s+was|\s+were)\s+the\s+(?:final\s+|half-time\s+)?(?:score|scoreline)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScoreQuestion();

    /// <summary>A scoreline or a vote's count: "2-1", "3–0", "by 2 goals to 1", "7 to 4", "by 7 votes to 4".</summary>
    [GeneratedRegex(@"\b\d{1,3}\s*[-–]\s*\d{1,3}\b(?![-–\d])|\b\d{1,3} (?:goals?\s+|votes?\s+|points?\s+)?to \d{1,3}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Scoreline();

    [GeneratedRegex(@"\d[\d,.]*\s*(?:million|billion|thousand)?\s*(?:people|residents|inhabitants|citizens)\s+(?:\w+\s+)?(?:live|lives|living|reside)\b|\b(?:population|inhabitants)\b.*\d|\d.*\b(?:population|inhabitants|residents)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Population();

    [GeneratedRegex(@"\b(rise|rises|rising|raise|raised|increase|increases|increased|hike|cut|cuts|fall|falls|fallen|drop|dropped|rose|fell|grow|grows|grew|growth|climb|climbed|jump|jumped|(go|goes|going|went|gone) (up|down))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Change();

    [GeneratedRegex(@"\d[\d,.]*\s*(%|percent\b|per cent\b|percentage points?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Share();

    /// <summary>A figure in digits or words before its unit: "4.1 metres", "a five-day strike".</summary>
    private const string Amount = @"(\d[\d,.]*|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|several|a few))\s*-?\s*";

    /// <remarks>
    /// Group "d" is the dimension asked ("high"), group "n" the noun naming it ("what speed did the wind reach"); both
    /// are empty for "in what time".
    /// </remarks>
    [GeneratedRegex(@"\bhow (?<d>high|tall|far|long|deep|big|large|heavy|fast|wide|old)\b|\bin what time\b|\b(what|which)('s|’s)?\s+((is|was|are|were|will be)\s+)?((the|its|their|his|her)\s+)?((?!(did|does|do|will|would|can|could|should|has|have|had)\b)[\w'’-]+\s+){0,3}(?<n>(speed|height|length|distance|depth|width|weight|size|age)s?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeasureQuestion();

    /// <summary>Key words alone that end with a measure's noun: "millbrook flood height".</summary>
    [GeneratedRegex(@"\b(?<n>(speed|height|length|distance|depth|width|weight|size|age)s?)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyedMeasure();

    [GeneratedRegex(@"[$£€¥]\s?\d|\d[\d,.]*\s*(million|billion|thousand|m|bn|k)?\s*(crowns|kronor|dollars|pounds|euros|yen|francs|rupees|usd|eur|gbp)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Money();

    /// <remarks>Not a speed: "winds of 110 kilometres per hour" say nothing of how tall or far.</remarks>
    [GeneratedRegex(Amount + @"(metres|meters|metre|meter|m|km|kilometres|kilometers|miles|mile|feet|foot|ft|inches|inch|cm|mm|degrees)\b(?!\s*(per|an|a)\s+hour\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Length();

    [GeneratedRegex(Amount + @"(mph|km/h|kph|knots|(kilometres|kilometers|miles|metres|meters)\s+(per|an|a)\s+(hour|second))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Speed();

    /// <summary>A figure in digits or words before a unit of time: "three days", "a 21-year-old".</summary>
    private const string TimeUnit = Amount + @"(years|year|days|day|weeks|week|months|month|hours|hour|minutes|minute|seconds|second)\b";

    [GeneratedRegex(TimeUnit, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Time();

    /// <summary>A time something took, not someone's age: "in just 3.134 seconds", not "a 21-year-old from California".</summary>
    [GeneratedRegex(TimeUnit + @"(?![\s-]*old\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Duration();

    /// <summary>A time a trip or a race takes, which says how fast it goes: "18 minutes by tram", "in 9.58 seconds"; not days or years.</summary>
    [GeneratedRegex(Amount + @"(hours|hour|minutes|minute|seconds|second)\b(?![\s-]*old\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Trip();

    /// <summary>How long something lasts, told by when it ends: "kept a storm warning in place until Sunday morning".</summary>
    [GeneratedRegex(@"\b(until|till)\s+\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Until();

    /// <summary>An age: "a 17-year-old", "34 years old", "aged 34", "at the age of 91".</summary>
    [GeneratedRegex(Amount + @"(years?|months?)[\s-]*old\b|\baged\s+\d|\bage of\s+\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Age();

    [GeneratedRegex(Amount + @"(kg|kilograms|tonnes|tons|pounds|lbs)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Weight();
}
