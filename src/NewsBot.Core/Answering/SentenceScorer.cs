using System.Text.RegularExpressions;
using NewsBot.Core.Retrieval;
using NewsBot.Core.Text;
using NewsBot.Core.Time;

namespace NewsBot.Core.Answering;

/// <summary>Scores the sentences of retrieved articles by how much of the question they cover and how much they add.</summary>
internal sealed partial class SentenceScorer
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "He", "She", "It", "They", "This", "That", "These", "Those", "We" };

    private readonly QuestionKeywords keywords;
    private readonly IReadOnlySet<string> asked;
    private readonly AnswerKind kind;
    private readonly Dictionary<string, List<(string Text, IReadOnlySet<string> Stems)>> sentences;

    private SentenceScorer(
        QuestionKeywords keywords,
        IReadOnlySet<string> asked,
        AnswerKind kind,
        Dictionary<string, List<(string Text, IReadOnlySet<string> Stems)>> sentences)
    {
        this.keywords = keywords;
        this.asked = asked;
        this.kind = kind;
        this.sentences = sentences;
    }

    /// <summary>Splits and stems the retrieved passages once; keyword weights come from how rare each word is among them.</summary>
    public static SentenceScorer For(string question, RetrievalResult retrieval)
    {
        var sentences = retrieval.Articles.ToDictionary(
            a => a.ArticleId,
            a => a.Passages
                .SelectMany(p => SentenceSplitter.SplitText(p.Text).Select(Datelines.Strip))
                .Distinct(StringComparer.Ordinal)
                .Select(text => (text, QuestionKeywords.Stems(text)))
                .ToList(),
            StringComparer.Ordinal);
        var keywords = new QuestionKeywords(
            Terms.Keywords(TemporalParser.Parse(question, retrieval.AskedAt).Remainder),
            [.. sentences.Values.SelectMany(list => list.Select(s => s.Item2))]);
        return new SentenceScorer(keywords, QuestionKeywords.Stems(question), AnswerKinds.Of(question), sentences);
    }

    /// <summary>
    /// The article's sentences, best first; empty when the question has no keywords. A sentence's coverage counts
    /// its headline and the sentence after it too, because news often gives a fact over two sentences ("The strike
    /// began on Monday. It closed both ferry routes."); the sentence after it is then its continuation.
    /// </summary>
    public List<SentenceCandidate> Rank(RetrievedArticle article)
    {
        if (keywords.Count == 0 || !sentences.TryGetValue(article.ArticleId, out var own))
        {
            return [];
        }

        var title = QuestionKeywords.Stems(article.Title);
        return own
            .Select((sentence, i) =>
            {
                var inSentence = keywords.Coverage(sentence.Stems);
                var context = sentence.Stems.Union(title).ToHashSet(StringComparer.Ordinal);
                var withTitle = keywords.Coverage(context);
                var withNext = withTitle;
                if (i + 1 < own.Count)
                {
                    context.UnionWith(own[i + 1].Stems);
                    withNext = keywords.Coverage(context);
                }

                return new SentenceCandidate(article, sentence.Text, withNext, inSentence + (0.15 * Novelty(sentence.Stems)) + Fit(sentence.Text))
                {
                    Continuation = withNext > withTitle ? own[i + 1].Text : null,
                };
            })
            .OrderByDescending(c => c.Score)
            .ToList();
    }

    /// <summary>
    /// How well a sentence fits the kind of answer asked for: a figure for "how many", a name the question does not
    /// already hold for "which"/"who", a cause for "why"; a sentence that opens with a pronoun reads poorly alone.
    /// </summary>
    private double Fit(string sentence)
    {
        var fit = kind switch
        {
            AnswerKind.Number => Figure().IsMatch(sentence) ? 0.25 : 0,
            AnswerKind.Name => NewName(sentence) ? 0.2 : 0,
            AnswerKind.Reason => Cause().IsMatch(sentence) ? 0.15 : 0,
            _ => 0,
        };
        var first = sentence.Split(' ', 2)[0];
        return Pronouns.Contains(first) ? fit - 0.1 : fit;
    }

    /// <summary>Whether a capitalised word other than the first is one the question lacks.</summary>
    private bool NewName(string sentence) =>
        sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1)
            .Select(w => w.Trim('"', '“', '”', '‘', '’', '\'', ',', '.', ':', ';', '(', ')'))
            .Any(w => w.Length > 1 && char.IsUpper(w[0]) && !asked.Contains(Terms.Stem(w.ToLowerInvariant())));

    [GeneratedRegex(@"\d")]
    private static partial Regex Figure();

    [GeneratedRegex(@"\b(because|due to|amid|after|as a result|caused by|blamed|owing to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cause();

    /// <summary>An answer must tell more than the question: the number, up to twenty, of a sentence's words the question lacks.</summary>
    private double Novelty(IReadOnlySet<string> sentence) =>
        Math.Min(1.0, sentence.Count(w => !asked.Contains(w) && !Terms.IsStopWord(w)) / 20.0);
}
