using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>
/// The stems a question asks about, with weights that favour words rare among the candidate sentences, and the
/// few verbs news reports word differently from questions ("ask" is reported as "called on", "urged").
/// </summary>
internal sealed class QuestionKeywords
{
    /// <summary>How a report says who came to something ("more than 1,200 people visited", "6,000 fans"), for an attendance or who watched.</summary>
    private static readonly string[] Audience = ["visit", "crowd", "fan", "spectator", "turnout"];

    /// <summary>How a match report says a sport, football above all, without naming it ("won the regional cup", "striker").</summary>
    private static readonly string[] Sport = ["cup", "trophy", "championship", "match", "league", "striker", "goal", "scored", "tournament", "athlet"];

    private static readonly Dictionary<string, string[]> Synonyms = new(StringComparer.Ordinal)
    {
        ["ask"] = ["call", "urg", "request", "press", "demand", "point"],
        ["say"] = ["told", "stat", "announc"],
        ["win"] = ["won", "beat", "victory"],
        ["los"] = ["beat", "defeat"],
        ["lost"] = ["beat", "defeat"],
        ["cost"] = ["price", "spend", "spent", "pay", "paid"],
        ["pay"] = ["cost", "fund", "grant", "spend", "spent"],
        ["fund"] = ["pay", "paid", "grant", "cost", "spend", "spent"],
        ["final"] = ["cup", "trophy", "championship"],
        ["match"] = ["cup", "final", "game"],
        ["sport"] = Sport,
        ["football"] = Sport,
        ["soccer"] = Sport,
        ["kill"] = ["dead", "death", "die"],
        ["rais"] = ["ris", "rose", "increas"],
        ["opponent"] = ["against", "oppos"],
        ["stay"] = ["shelter", "accommodat", "hotel"],
        ["attend"] = Audience,
        ["attendanc"] = Audience,
        ["watch"] = Audience,
        ["begin"] = ["start", "commenc"],
        ["start"] = ["begin", "began", "begun", "commenc"],
        ["complet"] = ["finish", "done"],
        ["finish"] = ["complet", "done"],
        [Terms.Stem("done")] = ["finish", "complet"],
        [Terms.Stem("boss")] = ["chief", "executiv", "head", "leader", "director", "manag"],
        [Terms.Stem("stoppage")] = ["strik", "walkout"],
        ["walkout"] = ["strik", "stoppag"],
    };

    /// <summary>
    /// Irregular past forms, which a question asks in the plain form ("what did the governor say") and a report writes
    /// past ("Governor Hanna Ekdahl said"): a light stem cannot join them. Matched as whole stems.
    /// </summary>
    private static readonly Dictionary<string, string> PastForms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["say"] = "said", ["tell"] = "told", ["build"] = "built", ["sell"] = "sold", ["hold"] = "held", ["make"] = "made",
        ["pay"] = "paid", ["lose"] = "lost", ["buy"] = "bought", ["leave"] = "left", ["meet"] = "met", ["find"] = "found",
        ["give"] = "gave", ["take"] = "took", ["get"] = "got", ["go"] = "went", ["come"] = "came", ["run"] = "ran",
        ["begin"] = "began", ["choose"] = "chose", ["fall"] = "fell", ["rise"] = "rose", ["grow"] = "grew", ["know"] = "knew",
        ["see"] = "saw", ["bring"] = "brought", ["keep"] = "kept", ["spend"] = "spent", ["send"] = "sent", ["lead"] = "led",
        ["win"] = "won", ["write"] = "wrote", ["speak"] = "spoke", ["break"] = "broke", ["drive"] = "drove", ["fly"] = "flew",
        ["steal"] = "stole", ["sink"] = "sank", ["shoot"] = "shot", ["feel"] = "felt", ["think"] = "thought", ["teach"] = "taught",
        ["catch"] = "caught", ["fight"] = "fought", ["seek"] = "sought", ["strike"] = "struck", ["hang"] = "hung",
    }.ToDictionary(p => Terms.Stem(p.Key), p => Terms.Stem(p.Value), StringComparer.Ordinal);

    /// <summary>
    /// Irregular past participles by their plain form: "the sunken boat" is said by "a sinking boat", "the stolen
    /// paintings" by "thieves stole". Matched as whole stems.
    /// </summary>
    private static readonly Dictionary<string, string> Participles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["sunk"] = "sink", ["sunken"] = "sink", ["stolen"] = "steal", ["written"] = "write", ["broken"] = "break",
        ["spoken"] = "speak", ["driven"] = "drive", ["flown"] = "fly", ["chosen"] = "choose", ["fallen"] = "fall",
        ["grown"] = "grow", ["known"] = "know", ["seen"] = "see", ["taken"] = "take", ["given"] = "give", ["begun"] = "begin",
        ["risen"] = "rise", ["gone"] = "go", ["eaten"] = "eat", ["forgotten"] = "forget", ["hidden"] = "hide",
        ["shaken"] = "shake", ["sworn"] = "swear", ["torn"] = "tear", ["worn"] = "wear", ["woken"] = "wake", ["frozen"] = "freeze",
    }.ToDictionary(p => Terms.Stem(p.Key), p => Terms.Stem(p.Value), StringComparer.Ordinal);

    /// <summary>The plain forms of <see cref="PastForms"/> by their past: "sank" in a question is said by "a sinking boat".</summary>
    private static readonly Dictionary<string, string> PlainForms = PastForms
        .GroupBy(p => p.Value, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);

    /// <summary>The vowels, one of which comes before a consonant English doubles ("cut", "plan").</summary>
    private const string Vowels = "aeiou";

    /// <summary>How much more a word of the asking sentence weighs than a word of the preamble before it.</summary>
    private const double FocusBoost = 3.0;

    private readonly Dictionary<string, double> weights;
    private readonly IReadOnlySet<string>? focus;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>>? alike;

    /// <param name="keywords">The question's keywords.</param>
    /// <param name="sentences">The stems of every candidate sentence, for how rare each keyword is among them.</param>
    /// <param name="focus">The stems of the question's asking sentence when a preamble precedes it (see <see cref="QuestionFocus"/>).</param>
    /// <param name="alike">Stems that, for this question, mean the same as one of its keywords' stems (found by meaning).</param>
    public QuestionKeywords(
        IEnumerable<string> keywords,
        IReadOnlyList<IReadOnlySet<string>> sentences,
        IReadOnlySet<string>? focus = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? alike = null)
    {
        weights = new Dictionary<string, double>(StringComparer.Ordinal);
        this.focus = focus;
        this.alike = alike;
        foreach (var stem in keywords.Select(Terms.Stem).Distinct(StringComparer.Ordinal))
        {
            var containing = sentences.Count(s => Matches(stem, s));
            weights[stem] = Math.Log(1 + ((sentences.Count + 1.0) / (containing + 1.0)));
        }
    }

    public int Count => weights.Count;

    /// <summary>The stems of a text's words.</summary>
    public static IReadOnlySet<string> Stems(string text) => Terms.Words(text).Select(Terms.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>Share of keyword weight found in <paramref name="stems"/>.</summary>
    public double Coverage(IReadOnlySet<string> stems)
    {
        var total = weights.Values.Sum();
        return total == 0 ? 0 : weights.Where(w => Matches(w.Key, stems)).Sum(w => w.Value) / total;
    }

    /// <summary>
    /// Like <see cref="Coverage"/>, with the asking sentence's words weighing more than the preamble's, so the sentence
    /// that answers what is asked leads the one that repeats what the question already says. The same as
    /// <see cref="Coverage"/> for a question without a preamble.
    /// </summary>
    public double FocusCoverage(IReadOnlySet<string> stems)
    {
        if (focus is null)
        {
            return Coverage(stems);
        }

        double Weight(KeyValuePair<string, double> w) => focus.Contains(w.Key) ? w.Value * FocusBoost : w.Value;
        var total = weights.Sum(Weight);
        return total == 0 ? 0 : weights.Where(w => Matches(w.Key, stems)).Sum(Weight) / total;
    }

    private bool Matches(string stem, IReadOnlySet<string> stems) =>
        Says(stem, stems) || (alike is not null && alike.TryGetValue(stem, out var same) && same.Any(stems.Contains));

    /// <summary>
    /// The stem a light stem leaves of another form of the word where English doubles a short word's last consonant:
    /// "cutting" stems to "cutt", "cut" to "cut"; "planned" to "plann". Null for any other stem.
    /// </summary>
    private static string? Undoubling(string stem) =>
        stem.Length < 3 || !Spelling.DoubledConsonants.Contains(stem[^1]) ? null
        : stem[^1] == stem[^2] ? stem[..^1]
        : Vowels.Contains(stem[^2]) && !Vowels.Contains(stem[^3]) ? stem + stem[^1]
        : null;

    /// <summary>
    /// Whether <paramref name="stems"/> hold the word of <paramref name="stem"/>, its past or plain form, the verb of its
    /// participle, the form with its last consonant doubled ("cutting" for "cut"), or a word news writes for it ("beating"
    /// for "lost", "said" for "say", "sinking" for "sank" or "sunken").
    /// </summary>
    public static bool Says(string stem, IReadOnlySet<string> stems) =>
        stems.Contains(stem)
        || (Undoubling(stem) is { } other && stems.Contains(other))
        || (PastForms.TryGetValue(stem, out var past) && stems.Contains(past))
        || (PlainForms.TryGetValue(stem, out var plain) && stems.Contains(plain))
        || (Participles.TryGetValue(stem, out var verb) && (stems.Contains(verb) || (PastForms.TryGetValue(verb, out var verbPast) && stems.Contains(verbPast))))
        || (Synonyms.TryGetValue(PlainForms.GetValueOrDefault(stem, stem), out var alternatives) && alternatives.Any(a => stems.Any(s => s.StartsWith(a, StringComparison.Ordinal))));
}
