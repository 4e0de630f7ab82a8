using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>
/// The stems a question asks about, with weights that favour words rare among the candidate sentences, and the
/// few verbs news reports word differently from questions ("ask" is reported as "called on", "urged").
/// </summary>
internal sealed class QuestionKeywords
{
    private static readonly Dictionary<string, string[]> Synonyms = new(StringComparer.Ordinal)
    {
        ["ask"] = ["call", "urg", "request", "press", "demand", "point"],
        ["say"] = ["told", "stat", "announc"],
        ["win"] = ["won", "beat", "victory"],
        ["cost"] = ["price", "spend", "spent"],
        ["kill"] = ["dead", "death", "die"],
    };

    private readonly Dictionary<string, double> weights;

    public QuestionKeywords(IEnumerable<string> keywords, IReadOnlyList<IReadOnlySet<string>> sentences)
    {
        weights = new Dictionary<string, double>(StringComparer.Ordinal);
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

    private static bool Matches(string stem, IReadOnlySet<string> stems) =>
        stems.Contains(stem) || (Synonyms.TryGetValue(stem, out var alternatives) && alternatives.Any(a => stems.Any(s => s.StartsWith(a, StringComparison.Ordinal))));
}
